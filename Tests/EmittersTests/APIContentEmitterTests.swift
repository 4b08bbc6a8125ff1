import DSL
import Testing
@testable import Emitters

/// A small service whose content takes the paths the samples do not: a secret named value
/// from a deployment input, a named value a fragment uses, an operation policy of an API
/// without definition, a product whose policy includes the fragment.
private enum ContentDeployment {
    static var resolved: ResolvedDeployment {
        let deployment = Deployment("content", resourceGroup: "rg-content", region: .northEurope) {
            ManagedIdentity("id-apim")
            KeyVault("kv-content")
            APIManagement("apim-content", sku: .developer, organization: "Contoso", adminEmail: "ops@contoso.com") {
                NamedValue("orders-key", .secret(.parameter("ordersKey")))
                NamedValue("region-name", .plain("north"))
                NamedValue("vault-token", .keyVault(vault: "kv-content", secret: "vault-token", identity: "id-apim"))
                PolicyFragment("stamp") {
                    SetHeader("X-Region", value: "{{region-name}}")
                }
                API("orders", path: "orders", serviceURL: "https://orders.internal.contoso.com") {
                    APIOperation("get-order", .get, "/orders/{orderId}") {
                        Policies {
                            Inbound {
                                Base()
                                SetHeader("X-Key", value: "{{orders-key}}")
                            }
                        }
                    }
                }
                Product("gold", apis: ["orders"]) {
                    Policies {
                        Inbound {
                            Base()
                            IncludeFragment("stamp")
                        }
                    }
                }
            }
        }
        let (resolved, diagnostics) = Resolver.resolve(deployment)
        #expect(!diagnostics.hasErrors)
        return resolved
    }

    static var terraform: [String: String] {
        Dictionary(uniqueKeysWithValues: TerraformEmitter().emit(resolved).map { ($0.path, $0.contents) })
    }
}

@Suite struct APIContentTerraformTests {
    @Test func operationsAndProductLinksAreNamedAfterBothParts() {
        let files = ContentDeployment.terraform
        let apis = files["apim_apis.tf"] ?? ""
        #expect(apis.contains(#"resource "azurerm_api_management_api_operation" "orders_get_order""#))
        #expect(apis.contains(#"resource "azurerm_api_management_product_api" "gold_orders""#))
        #expect(apis.contains("name     = \"orderId\"\n    required = true"))
        let policies = files["apim_policies.tf"] ?? ""
        #expect(policies.contains("operation_id        = azurerm_api_management_api_operation.orders_get_order.operation_id"))
    }

    @Test func policiesWaitForWhatTheirXMLNamesOnlyByText() {
        let policies = ContentDeployment.terraform["apim_policies.tf"] ?? ""
        #expect(policies.contains("depends_on = [azurerm_api_management_named_value.orders_key]"))
        #expect(policies.contains("depends_on = [azurerm_api_management_policy_fragment.stamp]"))
        #expect(policies.contains("depends_on = [azurerm_api_management_named_value.region_name]"))
    }

    @Test func secretNamedValuesComeFromSensitiveVariablesOrKeyVault() {
        let files = ContentDeployment.terraform
        let settings = files["apim_settings.tf"] ?? ""
        #expect(settings.contains("value               = var.orders_key\n  secret              = true"))
        #expect(settings.contains("secret_id          = \"${azurerm_key_vault.main.vault_uri}secrets/vault-token\""))
        #expect(settings.contains("depends_on = [azurerm_role_assignment.apim_secrets_user]"))
        let variables = files["variables.tf"] ?? ""
        let orders = variables.components(separatedBy: "variable \"orders_key\"").last?.components(separatedBy: "}").first ?? ""
        #expect(orders.contains("sensitive   = true"))
        #expect(!orders.contains("default"))
    }

    @Test func policyFilesAreTheOnesThePoliciesFormatWrites() {
        let resolved = ContentDeployment.resolved
        let policies = PolicyEmitter().emit(resolved).filter { $0.path.hasSuffix(".xml") }
        let shipped = TerraformEmitter().emit(resolved).filter { $0.path.hasPrefix("policies/") }
        #expect(!policies.isEmpty)
        #expect(shipped.map { String($0.path.dropFirst("policies/".count)) } == policies.map(\.path))
        #expect(shipped.map(\.contents) == policies.map(\.contents))
        #expect(ContentDeployment.terraform["apim_policies.tf"]?.contains("file(\"${path.module}/policies/products/gold/policy.xml\")") == true)
    }

    @Test func policyReferencesFindNamedValuesFragmentsBackendsAndLoggers() {
        let content = ContentDeployment.resolved.apiManagement?.content ?? APIManagementContent()
        let references = content.scopedPolicies.map(PolicyReferences.init)
        #expect(references.map(\.namedValues) == [[], ["orders-key"], ["region-name"]])
        #expect(references.map(\.fragments) == [["stamp"], [], []])
    }
}

@Suite struct APIContentPowerShellTests {
    private var script: String { PowerShellEmitter().emit(ContentDeployment.resolved).first?.contents ?? "" }

    @Test func fragmentsAreCreatedBeforeThePoliciesThatIncludeThem() throws {
        let text = script
        let fragment = try #require(text.range(of: "policyFragments/stamp"))
        let product = try #require(text.range(of: "-ProductId 'gold' `\n        -PolicyFilePath"))
        #expect(fragment.lowerBound < product.lowerBound)
        #expect(text.contains("Join-Path -Path $PSScriptRoot -ChildPath '../policies'"))
    }

    @Test func secretNamedValuesTakeAMandatorySecureStringAndKeyVaultAnIdentity() {
        let text = script
        #expect(text.contains("    [Parameter(Mandatory)]\n    [SecureString]$OrdersKey"))
        #expect(text.contains("-Value ([System.Net.NetworkCredential]::new('', $OrdersKey).Password)"))
        #expect(text.contains("-SecretIdentifier 'https://kv-content.vault.azure.net/secrets/vault-token'"))
        #expect(text.contains("-IdentityClientId $identities['id-apim'].ClientId"))
    }

    @Test func restRequestsNeedAzAccounts() {
        #expect(AzModules.module(of: "Invoke-AzRestMethod") == "Az.Accounts")
    }
}

/// The policies folder is an APIOps artifacts folder: APIOps' folder names, and the
/// information file of every API, product and fragment beside its policy.
@Suite struct APIOpsLayoutTests {
    @Test func everyAPIProductAndFragmentHasItsInformationFile() throws {
        let resolved = ContentDeployment.resolved
        let files = Dictionary(uniqueKeysWithValues: PolicyEmitter().emit(resolved).map { ($0.path, $0.contents) })
        let content = try #require(resolved.apiManagement?.content)
        try #require(!content.fragments.isEmpty && !content.products.isEmpty)
        for api in content.apis { #expect(files["apis/\(api.name)/apiInformation.json"] != nil, "\(api.name)") }
        for product in content.products { #expect(files["products/\(product.name)/productInformation.json"] != nil, "\(product.name)") }
        for fragment in content.fragments {
            #expect(files["policy fragments/\(fragment.name)/policy.xml"] != nil, "APIOps names the folder 'policy fragments'")
            #expect(files["policy fragments/\(fragment.name)/policyFragmentInformation.json"] != nil)
        }
        let api = try #require(content.apis.first)
        let information = try JSONValue.parse(try #require(files["apis/\(api.name)/apiInformation.json"]))
        #expect(information["properties"]?["path"] == JSONValue.string(api.path))
        #expect(information["properties"]?["displayName"] == JSONValue.string(api.displayName))
    }
}
