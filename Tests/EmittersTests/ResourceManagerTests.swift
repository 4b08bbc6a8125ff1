import Testing
@testable import Emitters

@Test func namingMakesSymbolsThatReadWell() {
    #expect(RMNaming.camelCase("NSG-APIM") == "nsgApim")
    #expect(RMNaming.camelCase("appGatewaySubnet") == "appGatewaySubnet")
    #expect(RMNaming.camelCase("nsg-snet-private-endpoints") == "nsgSnetPrivateEndpoints")
    #expect(RMNaming.upperCamelCase("privatelink.vaultcore.azure.net") == "PrivatelinkVaultcoreAzureNet")
    #expect(RMNaming.camelCase("1st-pool") == "r1stPool")
}

@Test func namingDerivesEnvironmentVariablesAndFileStems() {
    #expect(RMNaming.environmentVariable("gatewayCertPfxPassword") == "GATEWAY_CERT_PFX_PASSWORD")
    #expect(RMNaming.environmentVariable("trustedroot2CerData") == "TRUSTEDROOT2_CER_DATA")
    #expect(RMNaming.fileStem("certificates/gateway.pfx") == "gateway")
    #expect(RMNaming.fileStem("root") == "root")
}

/// A vault, an identity, and a role assignment that refers to both and waits for a third
/// resource it does not refer to.
private func sampleTemplate() -> RMTemplate {
    let vault = RMSymbol(symbol: "keyVault", type: "Microsoft.KeyVault/vaults", apiVersion: "2026-02-01", nameSegments: ["kv"])
    let identity = RMSymbol(symbol: "managedIdentity", type: "Microsoft.ManagedIdentity/userAssignedIdentities", apiVersion: "2024-11-30", nameSegments: ["id"])
    let network = RMSymbol(symbol: "virtualNetwork", type: "Microsoft.Network/virtualNetworks", apiVersion: "2025-07-01", nameSegments: ["vnet"])
    let assignment = RMSymbol(symbol: "secretsUser", type: "Microsoft.Authorization/roleAssignments", apiVersion: "2022-04-01",
                              nameSegments: [.function("guid", [.resourceID(vault)])], extending: vault)
    var template = RMTemplate()
    template.resources = [
        RMResource(vault, body: ["location": "westus"]),
        RMResource(identity, body: ["location": "westus"]),
        RMResource(network, body: ["location": "westus"]),
        RMResource(assignment, scope: vault, body: ["properties": ["principalId": .runtimeProperty(identity, [.name("principalId")]),
                                                                   "subnet": .childResourceID(network, childType: "subnets", name: "pe")]],
                   dependsOn: [network, vault]),
    ]
    let reader = RMSymbol(symbol: "reader", type: "Microsoft.Network/applicationGateways", apiVersion: "2025-07-01", nameSegments: ["agw"])
    template.resources.append(RMResource(reader, body: ["location": "westus"], dependsOn: [assignment]))
    return template
}

@Test func armListsEveryDependencyAndUsesExtensionResourceIDs() throws {
    let json = ARMTemplateRenderer(template: sampleTemplate()).templateDocument(description: "t")
    let assignment = try #require(json["resources"]?[3])
    #expect(assignment["scope"] == "[format('Microsoft.KeyVault/vaults/{0}', 'kv')]")
    #expect(assignment["properties"]?["principalId"] == "[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id'), '2024-11-30').principalId]")
    #expect(assignment["properties"]?["subnet"] == "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'pe')]")
    #expect(assignment["dependsOn"] == [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv')]",
        "[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id')]",
        "[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]",
    ])
    #expect(json["resources"]?[4]?["dependsOn"] == [
        "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv')))]",
    ])
}

@Test func bicepListsOnlyDependenciesNoReferenceImplies() {
    let text = BicepWriter().render(BicepTemplateRenderer(template: sampleTemplate()).mainFile(description: "t"))
    #expect(text.contains("""
    resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
      name: guid(keyVault.id)
      scope: keyVault
      properties: {
        principalId: managedIdentity.properties.principalId
        subnet: resourceId('Microsoft.Network/virtualNetworks/subnets', virtualNetwork.name, 'pe')
      }
    }
    """))
    #expect(text.contains("""
      location: 'westus'
      dependsOn: [
        secretsUser
      ]
    }
    """))
}

@Test func existingResourcesAreBicepOnly() throws {
    var template = RMTemplate()
    let vault = RMSymbol(symbol: "keyVault", type: "Microsoft.KeyVault/vaults", apiVersion: "2026-02-01", nameSegments: ["kv"])
    template.resources = [RMResource(vault, existing: true)]
    let json = ARMTemplateRenderer(template: template).templateDocument(description: "t")
    #expect(json["resources"] == [])
    let text = BicepWriter().render(BicepTemplateRenderer(template: template).mainFile(description: "t"))
    #expect(text.contains("resource keyVault 'Microsoft.KeyVault/vaults@2026-02-01' existing = {\n  name: 'kv'\n}"))
}
