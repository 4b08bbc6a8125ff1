import Testing
@testable import Emitters

/// Expected texts were checked with `syntax_check.py` as `var v = <expected>` in a `.bicep` file.
private func expectBicep(_ expression: BicepExpression, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(BicepWriter().render(expression) == expected, sourceLocation: sourceLocation)
}

@Test func bicepStringUsesSingleQuotes() {
    expectBicep("Standard_v2 – Zürich", #"""
    'Standard_v2 – Zürich'
    """#)
}

@Test func bicepStringEscapesQuoteAndBackslash() {
    expectBicep(#"it's C:\apim\"#, #"""
    'it\'s C:\\apim\\'
    """#)
}

@Test func bicepStringEscapesNewlineReturnAndTab() {
    expectBicep("a\nb\rc\td", #"""
    'a\nb\rc\td'
    """#)
}

@Test func bicepStringEscapesInterpolationStartOnly() {
    expectBicep("${literal} costs $5 {x} $", #"""
    '\${literal} costs $5 {x} $'
    """#)
}

@Test func bicepStringEscapesOtherControlCharacters() {
    expectBicep("a\u{01}b\u{1F}", #"""
    'a\u{1}b\u{1F}'
    """#)
}

@Test func bicepInterpolatedString() {
    let prefix = BicepExpression.identifier("prefix")
    expectBicep("\(prefix)-apim", #"""
    '${prefix}-apim'
    """#)
    expectBicep("it's \(prefix)\(BicepExpression.call("toLower", ["A'B"]))", #"""
    'it\'s ${prefix}${toLower('A\'B')}'
    """#)
}

@Test func bicepInterpolatedStringEscapesAcrossTextParts() {
    expectBicep(.interpolated([.text("cost $"), .text("{x} "), .expression(.identifier("n")), .text("$")]), #"""
    'cost \${x} ${n}$'
    """#)
    expectBicep(.interpolated([.text("$"), .expression(.identifier("n"))]), #"""
    '$${n}'
    """#)
}

@Test func bicepIntBoolNull() {
    expectBicep([0, -1, 2_147_483_648, true, false, .null], #"""
    [
      0
      -1
      2147483648
      true
      false
      null
    ]
    """#)
}

@Test func bicepPropertyAccessAndIndex() {
    let apim = BicepExpression.identifier("apim")
    expectBicep(apim.dot("properties").dot("privateIPAddresses")[0], #"""
    apim.properties.privateIPAddresses[0]
    """#)
    expectBicep(BicepExpression.identifier("vnet").dot("id"), #"""
    vnet.id
    """#)
    expectBicep(BicepExpression.identifier("tags").dot("cost-center"), #"""
    tags['cost-center']
    """#)
    expectBicep(BicepExpression.identifier("subnets")[.identifier("i")], #"""
    subnets[i]
    """#)
}

@Test func bicepFunctionCalls() {
    expectBicep(.call("resourceId", ["Microsoft.Network/virtualNetworks/subnets", .identifier("vnetName"), "apim"]), #"""
    resourceId('Microsoft.Network/virtualNetworks/subnets', vnetName, 'apim')
    """#)
    expectBicep(BicepExpression.call("resourceGroup").dot("location"), #"""
    resourceGroup().location
    """#)
    expectBicep(.call("loadTextContent", ["policies/global.xml"]), #"""
    loadTextContent('policies/global.xml')
    """#)
}

@Test func bicepNamespacedFunctionCall() {
    expectBicep(.call(namespace: "az", "getSecret", ["00000000-0000-0000-0000-000000000000", "rg-sec", "kv-apim", "cert-pfx"]), #"""
    az.getSecret('00000000-0000-0000-0000-000000000000', 'rg-sec', 'kv-apim', 'cert-pfx')
    """#)
}

@Test func bicepArrayOneItemPerLine() {
    expectBicep(["10.0.0.0/16", .identifier("extraPrefix")], #"""
    [
      '10.0.0.0/16'
      extraPrefix
    ]
    """#)
    expectBicep([], #"""
    []
    """#)
}

@Test func bicepObjectQuotesNonIdentifierKeys() {
    expectBicep(["name": "apim", "key-x": 1, "_ok9": true, "9lives": false, "a.b": .null], #"""
    {
      name: 'apim'
      'key-x': 1
      _ok9: true
      '9lives': false
      'a.b': null
    }
    """#)
    expectBicep([:], #"""
    {}
    """#)
}

@Test func bicepNestedContainersIndentTwoSpaces() {
    expectBicep(["properties": ["addressSpace": ["addressPrefixes": ["10.0.0.0/16"]], "subnets": [], "tags": [:]]], #"""
    {
      properties: {
        addressSpace: {
          addressPrefixes: [
            '10.0.0.0/16'
          ]
        }
        subnets: []
        tags: {}
      }
    }
    """#)
    expectBicep([["a": 1], [2]], #"""
    [
      {
        a: 1
      }
      [
        2
      ]
    ]
    """#)
}

@Test func bicepTernary() {
    expectBicep(.ternary(.identifier("isProd"), "Premium", "Developer"), #"""
    isProd ? 'Premium' : 'Developer'
    """#)
}

@Test func bicepTernaryOperandsGetParentheses() {
    let inner = BicepExpression.ternary(.identifier("a"), .identifier("b"), .identifier("c"))
    expectBicep(.ternary(inner, inner, inner), #"""
    (a ? b : c) ? (a ? b : c) : a ? b : c
    """#)
    expectBicep(inner.dot("id"), #"""
    (a ? b : c).id
    """#)
    expectBicep(inner[0], #"""
    (a ? b : c)[0]
    """#)
}
