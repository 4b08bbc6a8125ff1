import Testing
@testable import Emitters

/// Expected texts follow the ARM template expression syntax (Learn: "Syntax and expressions in
/// ARM templates"): single-quoted strings with `''` for a quote, `[[` for a literal bracket.
@Test func armExpressionCallsWithQuotedArguments() {
    let id = ARMExpression.call("resourceId", [.string("Microsoft.Network/virtualNetworks/subnets"), .call("parameters", [.string("vnet")]), .string("apim")])
    #expect(id.jsonString == "[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('vnet'), 'apim')]")
}

@Test func armExpressionDoublesSingleQuotes() {
    #expect(ARMExpression.string("O'Neil's").text == "'O''Neil''s'")
}

@Test func armExpressionPropertyAndIndex() {
    let reference = ARMExpression.call("reference", [.string("apim"), .string("2024-05-01")])
    #expect(ARMExpression.index(reference.dot("privateIPAddresses"), .int(0)).text == "reference('apim', '2024-05-01').privateIPAddresses[0]")
}

@Test func armExpressionBooleansAreFunctions() {
    #expect(ARMExpression.call("if", [.bool(true), .int(1), .bool(false)]).text == "if(true(), 1, false())")
}

@Test func armLiteralStringThatLooksLikeAnExpressionIsEscaped() {
    #expect(ARMExpression.literalJSONString("[not an expression]") == "[[not an expression]")
    #expect(ARMExpression.literalJSONString("[starts only") == "[starts only")
    #expect(ARMExpression.literalJSONString("${jndi:") == "${jndi:")
}
