import DSL
import Testing
@testable import Emitters

/// Each environment's stages deploy that environment: its secret inputs (as the manifest names
/// them) reach the variables its format reads, its service gets the policies, and deploy.ps1
/// is told which environment it deploys.
@Suite struct EnvironmentDeliveryTests {
    /// dev takes its certificate and a named value from secret inputs of its own.
    static func resolve(_ flow: PipelineSettings.Flow) -> ResolvedDeployment {
        let deployment = Deployment("mixed", resourceGroup: "rg-mixed", region: .northEurope) {
            VirtualNetwork("vnet-mixed", addressSpace: "10.40.0.0/16") {
                Subnet("snet-appgw", "10.40.0.0/24", role: .applicationGateway)
            }
            APIManagement("apim-mixed", sku: .standard, organization: "Tailspin", adminEmail: "ops@tailspin.com") {
                CustomHostname(.gateway, "api.tailspin.com",
                               certificate: .pfx(path: "certificates/gateway.pfx", password: .parameter("gatewayCertPfxPassword")))
                NamedValue("backend-key", .secret(.parameter("backendKey")))
                API("orders", path: "orders", serviceURL: "https://orders.tailspin.com", exposure: .external)
            }
            PublicIPAddress("pip-mixed", domainNameLabel: "tailspin-mixed")
            WAFPolicy("waf-mixed") { ManagedRuleSet(.owasp3_2) }
            ApplicationGateway("agw-mixed", capacity: .autoscale(minimum: 2, maximum: 4), publicIP: "pip-mixed", firewallPolicy: "waf-mixed") {
                Expose(.gateway)
            }
            Environment("dev") {
                HostnameOverride(.gateway, "api.dev.tailspin.com",
                                 certificate: .pfx(path: "certificates/gateway-dev.pfx", password: .parameter("devGatewayCertPfxPassword")))
                NamedValueOverride("backend-key", .secret(.parameter("devBackendKey")))
            }
            Environment("prod", production: true)
            Pipeline(serviceConnection: "sc-mixed", flow: flow,
                     remoteState: RemoteState(resourceGroup: "rg-tfstate", storageAccount: "sttfmixed", key: "mixed.tfstate"))
        }
        let (resolved, diagnostics) = Resolver.resolve(deployment)
        #expect(!diagnostics.contains { $0.severity == .error })
        return resolved
    }

    /// `name: value` of every step's `env` in a stage.
    static func environment(_ tree: YAMLNode, _ stage: String) -> [String: String] {
        var values: [String: String] = [:]
        for step in PipelineEmitterTests.steps(PipelineEmitterTests.stage(tree, stage)) {
            for entry in step["env"].entries { values[entry.key] = entry.value.text }
        }
        return values
    }

    static let inputs: [String: [String]] = [
        "dev": ["devGatewayCertPfxPassword", "devBackendKey"], "prod": ["gatewayCertPfxPassword", "backendKey"],
    ]

    @Test(arguments: [PipelineSettings.Flow.terraform, .bicep, .arm, .powershell])
    func eachEnvironmentChecksAndPassesItsOwnSecretInputs(_ flow: PipelineSettings.Flow) {
        let tree = PipelineEmitterTests.tree(Self.resolve(flow))
        for (environment, own) in Self.inputs {
            let other = Self.inputs.filter { $0.key != environment }.flatMap(\.value)
            for stage in ["plan_" + environment, "apply_" + environment] {
                let env = Self.environment(tree, stage)
                let passed = Set(env.values.filter { $0.hasPrefix("$(") }.map { String($0.dropFirst(2).dropLast()) })
                for input in own {
                    #expect(passed.contains(input), "\(flow) \(stage) does not pass \(input)")
                }
                #expect(passed.isDisjoint(with: other), "\(flow) \(stage) reads another environment's secrets: \(passed.intersection(other))")
                // One variable per name: a YAML mapping with a repeated key is rejected.
                #expect(PipelineEmitterTests.steps(PipelineEmitterTests.stage(tree, stage)).allSatisfy {
                    Set($0["env"].entries.map(\.key)).count == $0["env"].entries.count
                })
            }
            let checked = Self.environment(tree, "plan_" + environment).keys.filter { $0.hasPrefix("REQUIRED_") }
            #expect(Set(own.map { "REQUIRED_" + $0 }).isSubset(of: Set(checked)), "\(flow) plan_\(environment) checks \(checked.sorted())")
        }
    }

    @Test func terraformTakesEachEnvironmentsSecretsInTheVariablesItDeclares() throws {
        let resolved = Self.resolve(.terraform)
        let tree = PipelineEmitterTests.tree(resolved)
        let dev = Self.environment(tree, "plan_dev"), prod = Self.environment(tree, "plan_prod")
        #expect(dev["TF_VAR_named_value_backend_key"] == "$(devBackendKey)")
        #expect(prod["TF_VAR_named_value_backend_key"] == "$(backendKey)")
        #expect(dev["TF_VAR_gateway_certificate_password"] == "$(devGatewayCertPfxPassword)")
        #expect(prod["TF_VAR_gateway_certificate_password"] == "$(gatewayCertPfxPassword)")
        // Every TF_VAR_ names a variable the module declares, and every sensitive variable
        // without a default is set in each environment.
        let files = Dictionary(uniqueKeysWithValues: TerraformEmitter().emit(resolved).map { ($0.path, $0.contents) })
        let variables = try #require(files["variables.tf"])
        let sensitive = ["named_value_backend_key", "gateway_certificate_password"]
        for name in sensitive { #expect(variables.contains("variable \"\(name)\" {")) }
        for env in [dev, prod] {
            for key in env.keys where key.hasPrefix("TF_VAR_") && !key.hasSuffix("_pfx_path") {
                #expect(variables.contains("variable \"\(key.dropFirst("TF_VAR_".count))\" {"), "\(key) is not a variable of the module")
            }
            for name in sensitive { #expect(env["TF_VAR_" + name] != nil) }
        }
        // The certificate follows the environment in both places that use it.
        #expect(files["apim.tf"]?.contains("certificate_password = var.gateway_certificate_password") == true)
        #expect(files["appgw.tf"]?.contains("password = var.gateway_certificate_password") == true)
        #expect(files["environments/dev.tfvars"]?.contains("The gateway certificate stays as declared") == false)
    }

    @Test(arguments: [PipelineSettings.Flow.bicep, .arm, .powershell])
    func policiesArePublishedToTheEnvironmentsOwnService(_ flow: PipelineSettings.Flow) {
        let tree = PipelineEmitterTests.tree(Self.resolve(flow))
        #expect(!tree["variables"].items.contains { $0["name"].text == "apiManagementName" })
        #expect(PipelineEmitterTests.stage(tree, "apply_dev")["variables"].items.contains(["name": "apiManagementName", "value": "apim-mixed-dev"]))
        #expect(PipelineEmitterTests.stage(tree, "apply_prod")["variables"].items.contains(["name": "apiManagementName", "value": "apim-mixed"]))
    }

    @Test func deployPs1IsToldWhichEnvironmentItDeploys() {
        let tree = PipelineEmitterTests.tree(Self.resolve(.powershell))
        #expect(Self.environment(tree, "plan_dev")["DEPLOY_ENVIRONMENT"] == "dev")
        #expect(Self.environment(tree, "apply_prod")["DEPLOY_ENVIRONMENT"] == "prod")
        #expect(DeliveryScript.powershellDeployment.text(on: AzurePipelinesStep.platform).contains("$parameters['Environment'] = $env:DEPLOY_ENVIRONMENT"))
    }
}
