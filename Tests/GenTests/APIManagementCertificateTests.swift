import DSL
import Emitters
import GenDriver
import Testing

/// policy-showcase's `authentication-certificate certificate-id="billing-client"` names a
/// certificate the deployment now creates, in every format, from Key Vault, after the role that
/// lets the service read it and before the policy that presents it.
@Suite struct APIManagementCertificateTests {
    static func files() throws -> [String: String] {
        let resolved = Generation.check(try TestSupport.load("policy-showcase")).resolved
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(resolved, formats: [.terraform, .arm, .bicep, .powershell, .docs]) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        return files
    }

    @Test func terraformReadsItFromKeyVaultAfterTheRoleAndBeforeThePolicy() throws {
        let files = try Self.files()
        #expect(files["terraform/apim_settings.tf"]?.contains("""
            resource "azurerm_api_management_certificate" "billing_client" {
              name                = "billing-client"
              resource_group_name = var.resource_group_name
              api_management_name = azurerm_api_management.main.name
              key_vault_secret_id = "https://kv-fabrikam-apis.vault.azure.net/secrets/billing-client"

              # API Management reads the certificate with the identity as soon as the certificate exists.
              depends_on = [azurerm_role_assignment.apim_system_secrets_user]
            }
            """) == true)
        #expect(files["terraform/apim_policies.tf"]?.contains("depends_on = [azurerm_api_management_certificate.billing_client]") == true)
    }

    @Test func armAndBicepDeclareTheCertificateChildWithItsDependencies() throws {
        let files = try Self.files()
        let arm = try #require(files["arm/azuredeploy.json"])
        let start = try #require(arm.range(of: "\"type\": \"Microsoft.ApiManagement/service/certificates\""))
        let resource = arm[start.lowerBound...].prefix(900)
        #expect(resource.contains("\"name\": \"apim-fabrikam-prod/billing-client\""))
        #expect(resource.contains("\"secretIdentifier\": \"https://kv-fabrikam-apis.vault.azure.net/secrets/billing-client\""))
        #expect(resource.contains("Microsoft.Authorization/roleAssignments"))
        #expect(!resource.contains("identityClientId"))
        let bicep = try #require(files["bicep/main.bicep"])
        #expect(bicep.contains("resource certificateBillingClient 'Microsoft.ApiManagement/service/certificates@"))
        #expect(bicep.contains("    certificateBillingClient\n  ]"))
    }

    @Test func powershellCreatesItOnceFromAKeyVaultObjectBeforeThePolicies() throws {
        let files = try Self.files()
        let script = try #require(files["powershell/deploy.ps1"])
        let created = try #require(script.range(of: "$null = New-AzApiManagementCertificate"))
        #expect(script.contains("-SecretIdentifier 'https://kv-fabrikam-apis.vault.azure.net/secrets/billing-client'"))
        let lookup = try #require(script.range(of: "$existing = Get-AzApiManagementCertificate"))
        let policies = try #require(script.range(of: "Set-AzApiManagementPolicy"))
        #expect(lookup.lowerBound < created.lowerBound && created.lowerBound < policies.lowerBound)
        #expect(files["docs/RUNBOOK.md"]?.contains("| `billing-client` | API Management policies (authentication-certificate) | — | Key Vault kv-fabrikam-apis, certificate billing-client, read by the system-assigned identity |") == true)
    }
}
