import DSL
import Testing
@testable import Emitters

/// Renders a deployment to `path → text`.
private func terraform(_ deployment: Deployment) -> [String: String] {
    let (resolved, _) = Resolver.resolve(deployment)
    return Dictionary(uniqueKeysWithValues: TerraformEmitter().emit(resolved).map { ($0.path, $0.contents) })
}

/// Paths the samples do not take: an existing vault, a PFX password kept in Key Vault, two
/// subnets of one role, a route table, a private frontend, WAF exclusions, a custom TLS policy.
enum EdgeDeployment {
    static var deployment: Deployment {
        Deployment("edge", resourceGroup: "rg-edge", region: .northEurope) {
            VirtualNetwork("vnet-edge", addressSpace: "10.30.0.0/16") {
                Subnet("snet-appgw", "10.30.0.0/24", role: .applicationGateway) {
                    RouteTable("rt-appgw") { Route("to-internet", "0.0.0.0/0", nextHop: .internet) }
                }
                Subnet("snet-apim", "10.30.1.0/24", role: .apiManagement)
                Subnet("snet-apim-spare", "10.30.2.0/24", role: .apiManagement)
            }
            ManagedIdentity("id-gateway")
            KeyVault("kv-shared", existing: true)
            APIManagement("apim-edge", sku: .developer, organization: "Contoso", adminEmail: "ops@contoso.com",
                          virtualNetwork: .internal, subnet: "snet-apim") {
                CustomHostname(.gateway, "api.contoso.org",
                               certificate: .pfx(path: "certs/api.pfx", password: .keyVaultSecret(vault: "kv-shared", secret: "api-pfx-password")))
            }
            PrivateDNSZone("contoso.org") { DNSRecord("legacy", addresses: ["10.30.9.9"]) }
            PublicIPAddress("pip-edge")
            WAFPolicy("waf-edge") {
                ManagedRuleSet(.owasp3_2) {
                    WAFRuleGroupOverride(disabling: [920300], in: "REQUEST-920-PROTOCOL-ENFORCEMENT", reason: "clients omit Accept")
                }
                WAFExclusion(.requestHeaderNames, .equals, "x-signature")
            }
            ApplicationGateway("agw-edge", publicIP: "pip-edge", privateIPAddress: "10.30.0.10",
                               tlsPolicy: .custom(minimumVersion: .tls12, cipherSuites: TLSPolicy.recommendedCipherSuites),
                               firewallPolicy: "waf-edge") {
                TrustedRootCertificate("internal-root", keyVault: KeyVaultCertificate(vault: "kv-shared", certificate: "root", identity: "id-gateway"))
                Expose(.gateway)
            }
        }
    }
}

@Suite struct TerraformNamingTests {
    @Test func snakeCaseSplitsWordsAndKeepsAcronyms() {
        #expect(SnakeCase.identifier("appGatewaySubnet") == "app_gateway_subnet")
        #expect(SnakeCase.identifier("publicIP01") == "public_ip01")
        #expect(SnakeCase.identifier("APIName") == "api_name")
        #expect(SnakeCase.identifier("kv-apim-edge-prod") == "kv_apim_edge_prod")
        #expect(SnakeCase.identifier("privatelink.vaultcore.azure.net") == "privatelink_vaultcore_azure_net")
        #expect(SnakeCase.identifier("gatewayCertPfxPassword") == "gateway_cert_pfx_password")
        #expect(SnakeCase.identifier("1st") == "r_1st")
    }

    @Test func keysFallBackThenNumber() {
        var keys = KeyAllocator()
        #expect(keys.claim("apim", fallback: "snet_apim") == "apim")
        #expect(keys.claim("apim", fallback: "snet_apim") == "snet_apim")
        #expect(keys.claim("apim", fallback: "snet_apim") == "apim_2")
    }

    @Test func namesFollowRolesAndDropConventionPrefixes() {
        let names = TerraformNames(Resolver.resolve(EdgeDeployment.deployment).0)
        #expect(names.subnet("snet-appgw") == "gateway")
        #expect(names.subnet("snet-apim") == "apim")
        #expect(names.subnet("snet-apim-spare") == "snet_apim_spare")
        #expect(names.publicIP("pip-edge") == "gateway")
        #expect(names.wafPolicy("waf-edge") == "gateway")
        #expect(names.identity("id-gateway") == "gateway")
        #expect(names.keyVault("kv-shared") == "main")
        #expect(names.certificateFile("certs/api.pfx") == "api_pfx_path")
    }

    @Test func recordNamesAreQualifiedOnlyWhenTwoZonesShareThem() {
        let deployment = Deployment("dns", resourceGroup: "rg", region: .westEurope) {
            PrivateDNSZone("a.example") { DNSRecord("api", addresses: ["10.0.0.1"]); DNSRecord("www", addresses: ["10.0.0.2"]) }
            PrivateDNSZone("b.example") { DNSRecord("api", addresses: ["10.0.0.3"]) }
        }
        let names = TerraformNames(Resolver.resolve(deployment).0)
        #expect(names.dnsRecord(zone: "a.example", record: "api") == "a_example_api")
        #expect(names.dnsRecord(zone: "b.example", record: "api") == "b_example_api")
        #expect(names.dnsRecord(zone: "a.example", record: "www") == "www")
    }
}

@Suite struct TerraformEmitterTests {
    @Test func filesWithoutContentAreLeftOut() throws {
        let files = terraform(try TestSupport.load("learn-internal-vnet"))
        #expect(files.keys.sorted() == ["apim.tf", "appgw.tf", "backend.tf", "dns.tf", "main.tf", "network.tf", "outputs.tf", "providers.tf",
                                        "terraform.tfvars.example", "variables.tf", "versions.tf", "waf.tf"])
        // No RemoteState in the manifest: a partial backend the pipeline completes.
        let backend = try #require(files["backend.tf"])
        #expect(backend.contains("backend \"azurerm\""))
        #expect(!backend.split(separator: "\n").contains { $0.contains("storage_account_name") && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") })
        #expect(terraform(try TestSupport.load("zero-trust-keyvault"))["backend.tf"]?.contains("use_azuread_auth     = true") == true)
    }

    @Test func providerIsPinnedToTheCatalogedMajorVersion() throws {
        #expect(terraform(try TestSupport.load("learn-internal-vnet"))["versions.tf"]!.contains("version = \"~> 4.81\""))
    }

    @Test func subscriptionComesFromAVariableOnlyWhenTheManifestNamesOne() throws {
        var named = try TestSupport.load("learn-internal-vnet")
        named.subscription = "3b8f2c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"
        #expect(terraform(named)["providers.tf"]!.contains("subscription_id = var.subscription_id"))
        // The Learn sample names none (the article's is a placeholder): the pipeline's service connection decides.
        #expect(!terraform(try TestSupport.load("learn-internal-vnet"))["providers.tf"]!.contains("subscription_id ="))
        let zeroTrust = terraform(try TestSupport.load("zero-trust-keyvault"))
        #expect(!zeroTrust["providers.tf"]!.contains("subscription_id ="))
        #expect(!zeroTrust["variables.tf"]!.contains("variable \"subscription_id\""))
    }

    @Test func pfxPasswordsAreSensitiveInputsWithoutDefaults() throws {
        let files = terraform(try TestSupport.load("learn-internal-vnet"))
        #expect(files["variables.tf"]!.contains("""
            variable "gateway_cert_pfx_password" {
              description = "Password of the PFX file for api.contoso.net. Set it with TF_VAR_gateway_cert_pfx_password; never commit it."
              type        = string
              sensitive   = true
            }
            """))
        #expect(files["apim.tf"]!.contains("certificate          = filebase64(var.gateway_pfx_path)\n      certificate_password = var.gateway_cert_pfx_password"))
        #expect(!files["terraform.tfvars.example"]!.contains("gateway_cert_pfx_password ="))
    }

    @Test func keyVaultCertificatesAreVersionlessAndReadThroughTheSystemAssignedIdentity() throws {
        let apim = terraform(try TestSupport.load("zero-trust-keyvault"))["apim.tf"]!
        // The service's own identity reads the firewalled vault: no client id, and the host
        // names are bound in their own resource once that identity holds its role.
        #expect(apim.contains("""
                type = "SystemAssigned"
            """))
        #expect(!apim.contains("hostname_configuration"))
        #expect(apim.contains("""
              gateway {
                host_name                = "api.contoso.com"
                key_vault_certificate_id = "https://kv-apim-edge-prod.vault.azure.net/secrets/api-contoso-com"
                default_ssl_binding      = true
              }
            """))
        #expect(apim.contains("""
                azurerm_role_assignment.apim_system_secrets_user,
                azurerm_private_endpoint.key_vault,
                azurerm_private_dns_zone_virtual_network_link.privatelink_vaultcore_azure_net,
              ]
            """))
        let identity = terraform(try TestSupport.load("zero-trust-keyvault"))["identity.tf"]!
        #expect(identity.contains("principal_id         = azurerm_api_management.main.identity[0].principal_id"))
    }

    @Test func gatewayHostnameIsTheProxyBlock() {
        #expect(TerraformContext.hostnameBlock(.gateway) == "proxy")
        #expect(TerraformContext.hostnameBlock(.developerPortal) == "developer_portal")
    }

    @Test func privateDNSRecordsPointAtTheServiceAddress() throws {
        let dns = terraform(try TestSupport.load("learn-internal-vnet"))["dns.tf"]!
        #expect(dns.contains("records             = [azurerm_api_management.main.private_ip_addresses[0]]"))
        #expect(terraform(EdgeDeployment.deployment)["dns.tf"]!.contains("records             = [\"10.30.9.9\"]"))
    }

    @Test func tlsPolicyIsPredefinedOrCustomV2() throws {
        let learn = terraform(try TestSupport.load("learn-internal-vnet"))["appgw.tf"]!
        #expect(learn.contains("policy_type = \"Predefined\"\n    policy_name = \"AppGwSslPolicy20170401S\""))
        #expect(learn.contains("#checkov:skip=CKV_AZURE_218: the manifest chooses the predefined TLS policy AppGwSslPolicy20170401S"))
        let zeroTrust = terraform(try TestSupport.load("zero-trust-keyvault"))["appgw.tf"]!
        #expect(zeroTrust.contains("policy_type          = \"CustomV2\"\n    min_protocol_version = \"TLSv1_2\""))
        #expect(!zeroTrust.contains("CKV_AZURE_218"))
    }

    @Test func httpListenersAreSkippedOnlyWhenTheyExistAndSayWhy() throws {
        #expect(terraform(try TestSupport.load("zero-trust-keyvault"))["appgw.tf"]!
            .contains("#checkov:skip=CKV_AZURE_217: the HTTP listeners (gatewayhttplistener) only redirect to HTTPS"))
        #expect(terraform(try TestSupport.load("zero-trust-keyvault"))["network.tf"]!
            .contains("#checkov:skip=CKV_AZURE_160: port 80 reaches only the gateway's HTTP listeners, which redirect to HTTPS"))
        let learn = terraform(try TestSupport.load("learn-internal-vnet"))
        #expect(!learn["appgw.tf"]!.contains("CKV_AZURE_217"))
        #expect(!learn["network.tf"]!.contains("CKV_AZURE_160"))
    }

    @Test func disabledWAFRulesKeepTheirReason() throws {
        let learn = terraform(try TestSupport.load("learn-internal-vnet"))["waf.tf"]!
        #expect(learn.contains("# Disabled: the published developer portal breaks on these rules (Learn: APIM behind Application Gateway)."))
        #expect(learn.contains("rule_group_name = \"REQUEST-942-APPLICATION-ATTACK-SQLI\""))
        let waf = terraform(EdgeDeployment.deployment)["waf.tf"]!
        #expect(waf.contains("""
                  # Disabled: clients omit Accept.
                  rule_group_override {
                    rule_group_name = "REQUEST-920-PROTOCOL-ENFORCEMENT"
                    rule {
                      id      = "920300"
                      enabled = false
                    }
                  }
            """))
        #expect(waf.contains("selector_match_operator = \"Equals\""))
    }

    @Test func existingVaultIsAddressedByNameAndCheckedWithoutFailingThePlan() {
        let files = terraform(EdgeDeployment.deployment)
        let keyVault = files["keyvault.tf"]!
        let vaultID = "\"/subscriptions/${data.azurerm_client_config.current.subscription_id}/resourceGroups/${var.key_vault_resource_group_name}/providers/Microsoft.KeyVault/vaults/kv-shared\""
        // The plan reads no vault: the only data source is scoped to a check block, whose
        // failure is a warning (the bootstrap has not run yet), never a plan error.
        #expect(keyVault.contains("""
            check "key_vault_main_exists" {
              data "azurerm_key_vault" "main" {
                name                = "kv-shared"
                resource_group_name = var.key_vault_resource_group_name
              }
            """))
        #expect(keyVault.components(separatedBy: "data \"azurerm_key_vault\"").count == 2)
        #expect(keyVault.contains("key_vault_id = \(vaultID)"))
        #expect(!keyVault.contains("resource \"azurerm_key_vault\""))
        #expect(files["apim.tf"]!.contains("certificate_password = data.azurerm_key_vault_secret.api_pfx_password.value"))
        #expect(files["appgw.tf"]!.contains("key_vault_secret_id = \"https://kv-shared.vault.azure.net/secrets/root\""))
        #expect(files["identity.tf"]!.contains("scope                = \(vaultID)"))
    }

    @Test func theBootstrappedResourceGroupIsAdoptedNotCreated() throws {
        let files = terraform(try TestSupport.load("zero-trust-keyvault"))
        #expect(!files.values.contains { $0.contains("resource \"azurerm_resource_group\"") })
        #expect(files["network.tf"]!.contains("resource_group_name = var.resource_group_name"))
        #expect(files["main.tf"]!.contains("powershell/bootstrap-keyvault.ps1"))
        let learn = terraform(try TestSupport.load("learn-internal-vnet"))
        #expect(learn["main.tf"]!.contains("resource \"azurerm_resource_group\" \"main\""))
    }

    @Test func privateFrontendAndRouteTablesAreRendered() {
        let files = terraform(EdgeDeployment.deployment)
        #expect(files["appgw.tf"]!.contains("""
              frontend_ip_configuration {
                name                          = "privatefrontend"
                subnet_id                     = azurerm_subnet.gateway.id
                private_ip_address_allocation = "Static"
                private_ip_address            = "10.30.0.10"
              }
            """))
        #expect(files["network.tf"]!.contains("resource \"azurerm_subnet_route_table_association\" \"gateway\""))
    }

    @Test func publicDNSOutputsMatchWhetherTheIPHasALabel() throws {
        #expect(terraform(try TestSupport.load("zero-trust-keyvault"))["outputs.tf"]!.contains("\"api.contoso.com\" = azurerm_public_ip.gateway.fqdn"))
        #expect(terraform(try TestSupport.load("learn-internal-vnet"))["outputs.tf"]!.contains("output \"public_a_records\""))
    }

    @Test func renderingIsDeterministic() {
        #expect(terraform(EdgeDeployment.deployment) == terraform(EdgeDeployment.deployment))
    }
}
