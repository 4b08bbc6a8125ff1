import DSL
import Testing
@testable import Emitters

/// A small deployment through the DSL: an existing vault, a PFX whose password is a Key
/// Vault secret, and a gateway that reads a Key Vault certificate.
private func smallDeployment() -> ResolvedDeployment {
    let deployment = Deployment("small", resourceGroup: "rg", region: .westEurope) {
        ManagedIdentity("id-certs")
        KeyVault("kv-shared", existing: true)
        APIManagement("apim-small", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com") {
            CustomHostname(.gateway, "api.contoso.com",
                           certificate: .pfx(path: "certs/api.pfx", password: .keyVaultSecret(vault: "kv-shared", secret: "api-pfx-password")))
        }
    }
    return Resolver.resolve(deployment).0
}

@Test func keyVaultSecretPasswordBecomesASecureParameterTheCommandSupplies() throws {
    let files = ARMEmitter().emit(smallDeployment())
    let template = try JSONValue.parse(try #require(files.first { $0.path == "azuredeploy.json" }).contents)
    let parameters = try JSONValue.parse(try #require(files.first { $0.path == "azuredeploy.parameters.json" }).contents)
    #expect(template["parameters"]?["apiPfxPassword"]?["type"] == "secureString")
    #expect(template["resources"]?[1]?["properties"]?["hostnameConfigurations"]?[0]?["certificatePassword"] == "[parameters('apiPfxPassword')]")
    // No placeholder to edit: the deployment command supplies the secret.
    #expect(parameters["parameters"]?["apiPfxPassword"] == nil)
    #expect(!(try #require(files.first { $0.path == "azuredeploy.parameters.json" }).contents.contains("<")))
    guard case .string(let description)? = template["parameters"]?["apiPfxPassword"]?["metadata"]?["description"] else { Issue.record("no description"); return }
    #expect(description.hasSuffix("pass --parameters apiPfxPassword=\"$API_PFX_PASSWORD\"."))
    let bicepParameters = try #require(BicepEmitter().emit(smallDeployment()).first { $0.path == "main.bicepparam" }).contents
    #expect(bicepParameters.contains("param apiPfxPassword = readEnvironmentVariable('API_PFX_PASSWORD')"))
}

@Test func identitiesAreReferencedBySymbolInBicepAndByResourceIDInARM() throws {
    let deployment = Deployment("small", resourceGroup: "rg", region: .westEurope) {
        ManagedIdentity("id-certs")
        APIManagement("apim-small", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com") {
            CustomHostname(.gateway, "api.contoso.com", certificate: .keyVault(vault: "kv-shared", certificate: "api", identity: "id-certs"))
        }
    }
    let resolved = Resolver.resolve(deployment).0
    let bicep = try #require(BicepEmitter().emit(resolved).first { $0.path == "main.bicep" }).contents
    #expect(bicep.contains("resource keyVault 'Microsoft.KeyVault/vaults@2026-02-01' existing = {"))
    #expect(bicep.contains("      '${managedIdentity.id}': {}"))
    #expect(bicep.contains("        identityClientId: managedIdentity.properties.clientId"))
    let arm = try JSONValue.parse(try #require(ARMEmitter().emit(resolved).first { $0.path == "azuredeploy.json" }).contents)
    let apim = try #require(arm["resources"]?[2])
    #expect(apim["type"] == "Microsoft.ApiManagement/service")
    #expect(apim["identity"]?["userAssignedIdentities"]?["[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'id-certs')]"] == [:])
}
