import Testing
@testable import Emitters

/// Expected texts were checked with `syntax_check.py`; `expected` has no final newline, the
/// writer adds exactly one.
private func expectFile(_ declarations: [BicepDeclaration], _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(BicepWriter().render(BicepFile(declarations)) == expected + "\n", sourceLocation: sourceLocation)
}

@Test func bicepTargetScope() {
    expectFile([.targetScope(.resourceGroup)], #"""
    targetScope = 'resourceGroup'
    """#)
}

@Test func bicepParameterWithAndWithoutDefault() {
    expectFile([
        .parameter(BicepParameter("location", .string, default: BicepExpression.call("resourceGroup").dot("location"))),
        .parameter(BicepParameter("capacity", .int)),
    ], #"""
    param location string = resourceGroup().location

    param capacity int
    """#)
}

@Test func bicepParameterDecorators() {
    expectFile([
        .parameter(BicepParameter("adminPassword", .string, decorators: [.description("Publisher's secret"), .secure, .minLength(12), .maxLength(128)])),
        .parameter(BicepParameter("sku", .string, default: "Developer", decorators: [.allowed(["Developer", "Premium"])])),
        .parameter(BicepParameter("units", .int, default: 1, decorators: [.minValue(1), .maxValue(10)])),
    ], #"""
    @description('Publisher\'s secret')
    @secure()
    @minLength(12)
    @maxLength(128)
    param adminPassword string

    @allowed([
      'Developer'
      'Premium'
    ])
    param sku string = 'Developer'

    @minValue(1)
    @maxValue(10)
    param units int = 1
    """#)
}

@Test func bicepParameterTypes() {
    expectFile([
        .parameter(BicepParameter("enabled", .bool, default: false)),
        .parameter(BicepParameter("tags", .object, default: [:])),
        .parameter(BicepParameter("zones", .array, default: ["1", "2"])),
    ], #"""
    param enabled bool = false

    param tags object = {}

    param zones array = [
      '1'
      '2'
    ]
    """#)
}

@Test func bicepVariable() {
    expectFile([.variable(BicepVariable("apimName", "\(.identifier("prefix"))-apim", decorators: [.description("APIM name")]))], #"""
    @description('APIM name')
    var apimName = '${prefix}-apim'
    """#)
}

@Test func bicepResource() {
    let resource = BicepResource(
        "vnet", type: "Microsoft.Network/virtualNetworks", apiVersion: "2025-07-01",
        body: [
            "name": .identifier("vnetName"),
            "location": .identifier("location"),
            "properties": ["addressSpace": ["addressPrefixes": ["10.0.0.0/16"]]],
        ])
    expectFile([.resource(resource)], #"""
    resource vnet 'Microsoft.Network/virtualNetworks@2025-07-01' = {
      name: vnetName
      location: location
      properties: {
        addressSpace: {
          addressPrefixes: [
            '10.0.0.0/16'
          ]
        }
      }
    }
    """#)
}

@Test func bicepResourceParentFirstDependsOnLast() {
    let subnet = BicepResource(
        "apimSubnet", type: "Microsoft.Network/virtualNetworks/subnets", apiVersion: "2025-07-01",
        parent: "vnet", body: ["name": "snet-apim", "properties": ["addressPrefix": "10.0.1.0/24"]],
        dependsOn: ["nsg", "routeTable"])
    expectFile([.resource(subnet)], #"""
    resource apimSubnet 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' = {
      parent: vnet
      name: 'snet-apim'
      properties: {
        addressPrefix: '10.0.1.0/24'
      }
      dependsOn: [
        nsg
        routeTable
      ]
    }
    """#)
}

@Test func bicepExistingResource() {
    let vault = BicepResource(
        "vault", type: "Microsoft.KeyVault/vaults", apiVersion: "2024-11-01", existing: true,
        body: ["name": .identifier("vaultName"), "scope": .call("resourceGroup", [.identifier("vaultResourceGroup")])])
    expectFile([.resource(vault)], #"""
    resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
      name: vaultName
      scope: resourceGroup(vaultResourceGroup)
    }
    """#)
}

@Test func bicepConditionalResourceWithDecorator() {
    let ip = BicepResource(
        "publicIp", type: "Microsoft.Network/publicIPAddresses", apiVersion: "2025-07-01",
        condition: .identifier("deployGateway"), body: ["name": "pip-agw"], decorators: [.description("Gateway IP")])
    expectFile([.resource(ip)], #"""
    @description('Gateway IP')
    resource publicIp 'Microsoft.Network/publicIPAddresses@2025-07-01' = if (deployGateway) {
      name: 'pip-agw'
    }
    """#)
}

@Test func bicepOutput() {
    let apim = BicepExpression.identifier("apim")
    expectFile([
        .output(BicepOutput("apimPrivateIp", .string, apim.dot("properties").dot("privateIPAddresses")[0])),
        .output(BicepOutput("gatewayCount", .int, 2, decorators: [.description("Gateways")])),
    ], #"""
    output apimPrivateIp string = apim.properties.privateIPAddresses[0]

    @description('Gateways')
    output gatewayCount int = 2
    """#)
}

@Test func bicepCommentSitsOnNextDeclaration() {
    expectFile([
        .targetScope(.resourceGroup),
        .comment("Networking\n\nApplication Gateway subnet"),
        .variable(BicepVariable("subnetName", "snet-agw")),
    ], #"""
    targetScope = 'resourceGroup'

    // Networking
    //
    // Application Gateway subnet
    var subnetName = 'snet-agw'
    """#)
}

@Test func bicepParametersFile() {
    expectFile([
        .using("main.bicep"),
        .parameterValue("prefix", "contoso"),
        .parameterValue("publisherPassword", .call("readEnvironmentVariable", ["APIM_PUBLISHER_PASSWORD"])),
        .parameterValue("certificate", .call(namespace: "az", "getSecret", [
            "00000000-0000-0000-0000-000000000000", "rg-sec", "kv-apim", "gateway-cert",
        ])),
    ], #"""
    using 'main.bicep'

    param prefix = 'contoso'

    param publisherPassword = readEnvironmentVariable('APIM_PUBLISHER_PASSWORD')

    param certificate = az.getSecret('00000000-0000-0000-0000-000000000000', 'rg-sec', 'kv-apim', 'gateway-cert')
    """#)
}

@Test func bicepFileEndsWithExactlyOneNewline() {
    #expect(BicepWriter().render(BicepFile([.variable(BicepVariable("a", 1))])) == "var a = 1\n")
    #expect(BicepWriter().render(BicepFile()) == "")
}

@Test func bicepObjectWithComputedKey() {
    let key = BicepExpression.interpolated([.expression(BicepExpression.identifier("identity").dot("id"))])
    expectFile([
        .variable(BicepVariable("identities", .object(BicepObject([.init(computedKey: key, [:]), .init("plain", 1)])))),
    ], #"""
    var identities = {
      '${identity.id}': {}
      plain: 1
    }
    """#)
}
