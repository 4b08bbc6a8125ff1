import DSL
import Testing
@testable import Emitters

/// Renders a deployment to `path → text`.
private func terraform(_ deployment: Deployment) -> [String: String] {
    let (resolved, _) = Resolver.resolve(deployment)
    return Dictionary(uniqueKeysWithValues: TerraformEmitter().emit(resolved).map { ($0.path, $0.contents) })
}

/// The `name = value` lines of a tfvars file, alignment ignored.
func tfvars(_ text: String?) -> [String: String] {
    var values: [String: String] = [:]
    for line in (text ?? "").split(separator: "\n") where !line.hasPrefix("#") {
        guard let equals = line.firstIndex(of: "=") else { continue }
        values[line[..<equals].trimmingCharacters(in: .whitespaces)] = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
    }
    return values
}

/// Deployments with environments along the paths the samples do not take.
enum EnvironmentDeployments {
    /// The Learn walkthrough (internal network, fixed capacity, inline WAF, PFX files) with a dev
    /// environment that autoscales, detects only, and has its own host name and PFX file.
    static func internalNetwork() throws -> Deployment {
        var deployment = try TestSupport.load("learn-internal-vnet")
        deployment.environments = [
            Environment("dev") {
                GatewayScale(capacity: .autoscale(minimum: 0, maximum: 2))
                FirewallMode(.detection)
                HostnameOverride(.gateway, "api.dev.contoso.net",
                                 certificate: .pfx(path: "certificates/gateway-dev.pfx", password: .parameter("gatewayCertPfxPassword")))
            },
            Environment("prod", production: true),
        ]
        return deployment
    }

    /// Public API Management whose dev named value is another secret and whose dev certificate
    /// comes from Key Vault while prod's is a PFX file; the state is in a declared storage account.
    static var mixedSources: Deployment {
        Deployment("mixed", resourceGroup: "rg-mixed", region: .northEurope) {
            VirtualNetwork("vnet-mixed", addressSpace: "10.40.0.0/16") {
                Subnet("snet-appgw", "10.40.0.0/24", role: .applicationGateway)
            }
            ManagedIdentity("id-certificates")
            KeyVault("kv-mixed", existing: true)
            APIManagement("apim-mixed", sku: .standard, organization: "Tailspin", adminEmail: "ops@tailspin.com") {
                CustomHostname(.gateway, "api.tailspin.com",
                               certificate: .pfx(path: "certificates/gateway.pfx", password: .parameter("gatewayCertPfxPassword")))
                NamedValue("backend-key", .secret(.parameter("backendKey")))
            }
            PublicIPAddress("pip-mixed", domainNameLabel: "tailspin-mixed")
            WAFPolicy("waf-mixed") { ManagedRuleSet(.owasp3_2) }
            ApplicationGateway("agw-mixed", capacity: .autoscale(minimum: 2, maximum: 4), publicIP: "pip-mixed", firewallPolicy: "waf-mixed") {
                Expose(.gateway)
            }
            Environment("dev") {
                HostnameOverride(.gateway, "api.dev.tailspin.com",
                                 certificate: .keyVault(vault: "kv-mixed", certificate: "api-dev", identity: "id-certificates"))
                NamedValueOverride("backend-key", .secret(.parameter("devBackendKey")))
            }
            Environment("prod", production: true)
            Pipeline(serviceConnection: "sc-mixed",
                     remoteState: RemoteState(resourceGroup: "rg-tfstate", storageAccount: "sttfstatemixed", key: "mixed.tfstate"))
        }
    }
}

@Suite struct TerraformEnvironmentTests {
    @Test func eachEnvironmentGetsItsValuesAndItsState() throws {
        let files = terraform(try TestSupport.load("public-apim-behind-gateway"))
        for environment in ["dev", "test", "prod"] {
            #expect(files["environments/\(environment).tfvars"] != nil)
            #expect(files["environments/\(environment).backend.hcl"]?.contains("key            = \"\(environment)/public-apim-behind-gateway.tfstate\"") == true)
        }
        let dev = tfvars(files["environments/dev.tfvars"])
        #expect(dev["api_management_sku"] == "\"Developer\"")
        #expect(dev["application_gateway_min_capacity"] == "0")
        #expect(dev["waf_mode"] == "\"Detection\"")
        #expect(tfvars(files["environments/prod.tfvars"])["api_management_units"] == "2")
        #expect(files["apim.tf"]!.contains("sku_name             = \"${var.api_management_sku}_${var.api_management_units}\""))
        #expect(files["waf.tf"]!.contains("mode                        = var.waf_mode"))
    }

    @Test func defaultsAreTheDeclaredDeployment() throws {
        let variables = try #require(terraform(try TestSupport.load("public-apim-behind-gateway"))["variables.tf"])
        #expect(variables.contains("variable \"api_management_sku\" {\n  description = \"Pricing tier of API Management.\"\n  type        = string\n  default     = \"Standard\""))
        #expect(variables.contains("variable \"waf_mode\" {\n  description = \"Mode of the gateway's web application firewall: Prevention blocks, Detection only logs.\"\n  type        = string\n  default     = \"Prevention\""))
    }

    @Test func aHostNameThatDiffersIsOneVariableEverywhereItIsUsed() throws {
        let files = terraform(try TestSupport.load("private-endpoint-zero-trust"))
        for path in ["apim.tf", "appgw.tf", "outputs.tf"] {
            #expect(files[path]?.contains("api.wingtip.com") == false, "\(path) still names the declared host")
        }
        let gateway = try #require(files["appgw.tf"])
        #expect(gateway.components(separatedBy: "= var.gateway_host_name").count - 1 == 4)  // two listeners, probe, Host header
        #expect(gateway.contains("data     = filebase64(var.gateway_certificate_path)"))
        #expect(files["outputs.tf"]!.contains("zipmap([var.gateway_host_name], [azurerm_public_ip.gateway.ip_address])"))
        #expect(tfvars(files["environments/dev.tfvars"])["gateway_certificate_path"] == "\"../../certificates/api-dev-wingtip-com.pfx\"")
        #expect(tfvars(files["environments/dev.tfvars"])["named_value_cors_origin"] == "\"https://shop.dev.wingtip.com\"")
    }

    @Test func anInternalHostNameMovesItsPoolItsDNSRecordAndItsCertificateFile() throws {
        let files = terraform(try EnvironmentDeployments.internalNetwork())
        #expect(files["appgw.tf"]!.contains("fqdns = [var.gateway_host_name]"))
        // The record's relative name is resolve's answer for the environment, not derived in HCL.
        #expect(files["dns.tf"]!.contains("name                = var.dns_record_api_contoso_net"))
        #expect(!files["dns.tf"]!.contains("trimsuffix"))
        #expect(tfvars(files["environments/dev.tfvars"])["dns_record_api_contoso_net"] == "\"api.dev\"")
        #expect(tfvars(files["environments/prod.tfvars"])["dns_record_api_contoso_net"] == "\"api\"")
        // The declared gateway PFX is read through the environment's path variable only.
        #expect(files["apim.tf"]!.contains("certificate          = filebase64(var.gateway_certificate_path)"))
        #expect(!files["variables.tf"]!.contains("variable \"gateway_pfx_path\""))
        #expect(tfvars(files["environments/dev.tfvars"])["gateway_certificate_path"] == "\"../../certificates/gateway-dev.pfx\"")
        #expect(tfvars(files["environments/dev.tfvars"])["gateway_host_name"] == "\"api.dev.contoso.net\"")
    }

    @Test func fixedAndAutoscaledEnvironmentsShareNullableCapacityVariables() throws {
        let files = terraform(try EnvironmentDeployments.internalNetwork())
        let gateway = try #require(files["appgw.tf"])
        #expect(gateway.contains("capacity = var.application_gateway_capacity"))
        #expect(gateway.contains("dynamic \"autoscale_configuration\" {\n    for_each = var.application_gateway_capacity == null ? [1] : []"))
        let dev = tfvars(files["environments/dev.tfvars"]), prod = tfvars(files["environments/prod.tfvars"])
        #expect(["application_gateway_capacity", "application_gateway_min_capacity", "application_gateway_max_capacity"].map { dev[$0] } == ["null", "0", "2"])
        #expect(["application_gateway_capacity", "application_gateway_min_capacity", "application_gateway_max_capacity"].map { prod[$0] } == ["2", "null", "null"])
        #expect(files["waf.tf"]!.contains("mode                        = var.waf_mode"))
    }

    @Test func secretsThatDifferAreSensitiveAndNeverWritten() throws {
        let files = terraform(EnvironmentDeployments.mixedSources)
        let variables = try #require(files["variables.tf"])
        #expect(variables.contains("variable \"named_value_backend_key\" {\n  description = \"Secret value of the API Management named value backend-key. Set it with TF_VAR_named_value_backend_key; never commit it.\"\n  type        = string\n  sensitive   = true\n}"))
        // The per-environment secret replaces the declared secret input, which nothing reads any more.
        #expect(!variables.contains("variable \"backend_key\""))
        #expect(files["apim_settings.tf"]!.contains("value               = var.named_value_backend_key\n  secret              = true"))
        for environment in ["dev", "prod"] {
            let tfvars = try #require(files["environments/\(environment).tfvars"])
            #expect(!tfvars.contains("named_value_backend_key ="))
            #expect(tfvars.contains("#   export TF_VAR_named_value_backend_key=…"))
        }
    }

    @Test func whatOneVariableCannotSwitchStaysDeclaredAndIsSaid() throws {
        let files = terraform(EnvironmentDeployments.mixedSources)
        #expect(files["apim.tf"]!.contains("certificate          = filebase64(var.gateway_pfx_path)"))
        #expect(files["environments/dev.tfvars"]!.contains("# - The gateway certificate stays as declared in every environment"))
    }

    @Test func remoteStateIsKeyedByEnvironmentAndTheBackendStaysPartial() throws {
        let files = terraform(EnvironmentDeployments.mixedSources)
        #expect(files["environments/dev.backend.hcl"] == """
            # State of environment dev: terraform init -reconfigure -backend-config=environments/dev.backend.hcl
            resource_group_name  = "rg-tfstate"
            storage_account_name = "sttfstatemixed"
            container_name       = "tfstate"
            key                  = "dev/mixed.tfstate"

            """)
        #expect(files["backend.tf"]?.contains("storage_account_name") == false)
    }

    @Test func everyVariableIsUsed() throws {
        let deployments = [try TestSupport.load("private-endpoint-zero-trust"), try TestSupport.load("public-apim-behind-gateway"),
                           try EnvironmentDeployments.internalNetwork(), EnvironmentDeployments.mixedSources]
        for deployment in deployments {
            let files = terraform(deployment)
            let code = files.filter { $0.key.hasSuffix(".tf") && $0.key != "variables.tf" }.values.joined()
            let declared = files["variables.tf"]!.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("variable \"") else { return nil }
                return String(line.dropFirst("variable \"".count).prefix { $0 != "\"" })
            }
            for name in declared {
                #expect(code.contains("var.\(name)"), "\(deployment.name): variable \(name) is never used")
            }
        }
    }

    @Test func withoutEnvironmentsThereAreNoEnvironmentFiles() throws {
        let files = terraform(try TestSupport.load("zero-trust-keyvault"))
        #expect(!files.keys.contains { $0.hasPrefix("environments/") })
        #expect(files["backend.tf"]!.contains("key                  = \"apim-edge-prod.tfstate\""))
    }
}
