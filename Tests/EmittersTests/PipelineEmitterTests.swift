import DSL
import Testing
@testable import Emitters

/// The pipeline's structure, read from the YAML tree before rendering: stage layout and
/// promotion order, Apply as a deployment job on an environment that deploys the artifact its
/// Plan published, defaults for manifests without `Pipeline(...)`, and the alternative flows.
@Suite struct PipelineEmitterTests {
    static func resolve(production: Bool = false, trustedRoot: Bool = false, _ extra: [any DeploymentComponent] = []) -> ResolvedDeployment {
        let deployment = Deployment("edge", resourceGroup: "rg-edge", region: .westEurope, production: production) {
            VirtualNetwork("vnet", addressSpace: "10.20.0.0/16") {
                Subnet("snet-appgw", "10.20.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.20.1.0/24", role: .apiManagement)
            }
            APIManagement("apim-edge", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com",
                          virtualNetwork: .internal, subnet: "snet-apim") {
                CustomHostname(.gateway, "api.contoso.com",
                               certificate: .pfx(path: "certificates/gateway.pfx", password: .parameter("gatewayCertPassword")))
            }
            PublicIPAddress("pip-edge")
            ApplicationGateway("agw-edge", sku: .wafV2, capacity: .fixed(2), publicIP: "pip-edge",
                               tlsPolicy: .predefined(.appGwSslPolicy20220101S)) {
                WAFConfiguration(mode: .prevention, ruleSet: .owasp3_2)
                if trustedRoot { TrustedRootCertificate("root", cerFile: "certificates/root.cer") }
                Expose(.gateway, paths: ["/external/*"])
            }
            extra
        }
        return Resolver.resolve(deployment).0
    }

    static let remoteState = RemoteState(resourceGroup: "rg-tfstate", storageAccount: "sttfstate", key: "edge.tfstate")

    static func tree(_ resolved: ResolvedDeployment) -> YAMLNode {
        PipelineEmitter().document(DeliveryPlan(resolved, deliveryFormat: .pipeline))
    }

    static func stage(_ tree: YAMLNode, _ id: String) -> YAMLNode {
        tree["stages"].items.first { $0["stage"].text == id } ?? .null
    }

    /// The steps of a stage's only job, for plain and deployment jobs alike.
    static func steps(_ stage: YAMLNode) -> [YAMLNode] {
        let job = stage["jobs"].items.first ?? .null
        return job["deployment"] == .null ? job["steps"].items : job["strategy"]["runOnce"]["deploy"]["steps"].items
    }

    static func task(_ steps: [YAMLNode], _ name: String, command: String? = nil) -> YAMLNode {
        steps.first { $0["task"].text == name && (command == nil || $0["inputs"]["command"].text == command) } ?? .null
    }

    @Test func terraformHasValidatePlanAndApplyOnAnEnvironment() {
        let tree = Self.tree(Self.resolve(production: true, [Pipeline(serviceConnection: "sc-edge-prod", remoteState: Self.remoteState)]))
        #expect(tree["stages"].items.map { $0["stage"].text } == ["validate", "plan_production", "apply_production"])

        let validate = Self.steps(Self.stage(tree, "validate"))
        #expect(Self.task(validate, "TerraformInstaller@1") != .null)
        let offline = validate.compactMap { $0["bash"].text }.first { $0.contains("terraform validate") } ?? ""
        #expect(offline.contains("terraform init -backend=false") && offline.contains("terraform fmt -check"))
        #expect(validate.compactMap { $0["env"]["GEN_FORMAT"].text } == ["terraform", "pipeline"])

        let plan = Self.steps(Self.stage(tree, "plan_production"))
        let initialize = Self.task(plan, "TerraformTask@5", command: "init")
        #expect(initialize["inputs"]["backendServiceArm"].text == "${{ variables.planServiceConnection }}")
        #expect(initialize["inputs"]["backendAzureRmUseEntraIdForAuthentication"] == .bool(true))
        #expect(Self.task(plan, "TerraformTask@5", command: "plan")["inputs"]["commandOptions"].text == "-input=false -out=tfplan")
        let published = Self.task(plan, "PublishPipelineArtifact@1")["inputs"]["artifact"].text
        #expect(published == "release_production")

        let applyStage = Self.stage(tree, "apply_production")
        #expect(applyStage["dependsOn"].text == "plan_production")
        let job = applyStage["jobs"].items.first ?? .null
        #expect(job["deployment"].text == "apply")
        #expect(job["environment"].text == "production")
        let apply = Self.steps(applyStage)
        #expect((apply.first ?? .null)["download"].text == "current")
        #expect((apply.first ?? .null)["artifact"].text == published)
        let applyTask = Self.task(apply, "TerraformTask@5", command: "apply")
        #expect(applyTask["inputs"]["commandOptions"].text == "-input=false tfplan")
        #expect(applyTask["inputs"]["workingDirectory"].text == "$(Pipeline.Workspace)/release_production/$(outputRoot)/terraform")
        #expect((apply.last ?? .null)["displayName"].text == "Verify Application Gateway backend health")

        let variables = tree["variables"].items
        #expect(variables.contains(["name": "serviceConnection", "value": "sc-edge-prod"]))
        #expect(variables.contains(["name": "terraformStateStorageAccount", "value": "sttfstate"]))
        #expect(tree["trigger"]["paths"]["include"] == ["Deployment.swift", "out/terraform", "out/pipeline"])
    }

    @Test func environmentsArePromotedInDeclarationOrder() {
        let tree = Self.tree(Self.resolve([
            DeploymentEnvironment("dev"), DeploymentEnvironment("test-1"), DeploymentEnvironment("prod", production: true),
            Pipeline(serviceConnection: "sc-edge", remoteState: Self.remoteState),
        ]))
        let stages = tree["stages"].items
        #expect(stages.map { $0["stage"].text } == [
            "validate", "plan_dev", "apply_dev", "plan_test_1", "apply_test_1", "plan_prod", "apply_prod",
        ])
        // A later plan waits for the previous plan and apply: that apply is skipped when its plan was empty.
        #expect(stages.map { $0["dependsOn"].text ?? $0["dependsOn"].items.compactMap(\.text).joined(separator: ",") } == [
            "", "validate", "plan_dev", "plan_dev,apply_dev", "plan_test_1", "plan_test_1,apply_test_1", "plan_prod",
        ])
        #expect(Self.stage(tree, "plan_prod")["condition"].text == "and(not(canceled()), eq(variables['Build.SourceBranch'], 'refs/heads/main'), "
            + "eq(dependencies.plan_test_1.result, 'Succeeded'), in(dependencies.apply_test_1.result, 'Succeeded', 'Skipped'))")
        #expect(Self.stage(tree, "apply_test_1")["variables"] == [
            ["group": "edge-test-1"], ["name": "resourceGroup", "value": "rg-edge-test-1"],
            ["name": "terraformStateKey", "value": "test-1/edge.tfstate"],
        ])
        #expect(Self.stage(tree, "apply_prod")["variables"].items.contains(["name": "resourceGroup", "value": "rg-edge"]))
        let environments = stages.compactMap { ($0["jobs"].items.first ?? .null)["environment"].text }
        #expect(environments == ["dev", "test-1", "prod"])
        // Each plan reads its environment's variables file from the Terraform emitter.
        let plan = Self.task(Self.steps(Self.stage(tree, "plan_test_1")), "TerraformTask@5", command: "plan")
        #expect(plan["inputs"]["commandOptions"].text == "-input=false -var-file=environments/test-1.tfvars -out=tfplan")
    }

    @Test func anEnvironmentWithItsOwnServiceConnectionDeploysWithIt() {
        let tree = Self.tree(Self.resolve([
            DeploymentEnvironment("dev", serviceConnection: "sc-edge-dev", planServiceConnection: "sc-edge-dev-reader"),
            DeploymentEnvironment("prod", production: true),
            Pipeline(serviceConnection: "sc-edge", remoteState: Self.remoteState),
        ]))
        let dev = Self.stage(tree, "apply_dev")["variables"].items
        #expect(dev.contains(["name": "serviceConnection", "value": "sc-edge-dev"]))
        #expect(Self.stage(tree, "plan_dev")["variables"].items.contains(["name": "planServiceConnection", "value": "sc-edge-dev-reader"]))
        // prod uses the pipeline's connection, declared once at the top.
        #expect(!Self.stage(tree, "apply_prod")["variables"].items.contains { $0["name"].text == "serviceConnection" })
        #expect(tree["variables"].items.contains(["name": "serviceConnection", "value": "sc-edge"]))
        // Tasks read the connection at compile time, so the stage's value is the one they get.
        let apply = Self.task(Self.steps(Self.stage(tree, "apply_dev")), "TerraformTask@5", command: "apply")
        #expect(apply["inputs"]["environmentServiceNameAzureRM"].text == "${{ variables.serviceConnection }}")
    }

    @Test func identifiersAreStageSafeAndUnique() {
        var used: Set<String> = []
        let names = ["a-b", "a_b", "A.B", "1st", "é"].map { DeliveryContext.uniqueIdentifier(for: $0, avoiding: &used) }
        #expect(names == ["a_b", "a_b_2", "A_B_3", "_1st", "_"])
    }

    @Test func headerListsWrapAtTheWidth() {
        #expect(DeliveryPlan.wrapped(["alpha", "beta", "gamma"], indent: "  ", width: 14) == ["  alpha, beta,", "  gamma."])
        #expect(DeliveryPlan.wrapped(["a-very-long-name"], indent: "  ", width: 5) == ["  a-very-long-name."])
    }

    @Test func manifestWithoutPipelineGetsDocumentedDefaults() {
        let resolved = Self.resolve()
        let context = DeliveryContext(resolved)
        #expect(context.usesDefaultSettings)
        #expect(context.settings.serviceConnection == "sc-edge")
        #expect(context.settings.flow == .terraform)
        #expect(context.environments.map(\.name) == ["edge"])
        #expect(context.environments.map(\.variableGroup) == ["edge"])
        #expect(DeliveryContext(Self.resolve(production: true)).environments.map(\.name) == ["production"])

        let plan = Self.steps(Self.stage(Self.tree(resolved), "plan_edge"))
        let check = plan.first { $0["displayName"].text == "Check the variable group" } ?? .null
        #expect(check["env"] == [
            "REQUIRED_gatewayCertPassword": "$(gatewayCertPassword)",
            "REQUIRED_terraformStateResourceGroup": "$(terraformStateResourceGroup)",
            "REQUIRED_terraformStateStorageAccount": "$(terraformStateStorageAccount)",
        ])
        let text = PipelineEmitter().emit(resolved).first?.contents ?? ""
        #expect(text.contains("# The manifest declares no Pipeline(...), so defaults apply"))
    }

    @Test func terraformSignInOutlivesApprovalsAndEmptyPlansAreNotApplied() {
        let tree = Self.tree(Self.resolve(production: true, [Pipeline(serviceConnection: "sc-edge-prod", remoteState: Self.remoteState)]))
        #expect(tree["lockBehavior"].text == "sequential")
        #expect(tree["variables"].items.contains(["name": "planServiceConnection", "value": "sc-edge-prod-plan"]))
        #expect(tree["variables"].items.contains(["name": "terraformVersion", "value": .string(TerraformFlow.terraformVersion)]))
        let version = TerraformFlow.terraformVersion.split(separator: ".").compactMap { Int($0) }
        #expect(version.lexicographicallyPrecedes([1, 11, 1]) == false, "token refresh needs Terraform 1.11.1 or later")

        let plan = Self.steps(Self.stage(tree, "plan_production"))
        let initialize = Self.task(plan, "TerraformTask@5", command: "init")
        // Plans (pull requests too) sign in with the read-only identity.
        #expect(initialize["inputs"]["backendServiceArm"].text == "${{ variables.planServiceConnection }}")
        #expect(initialize["inputs"]["backendAzureRmUseIdTokenGeneration"] == .bool(false))
        let planTask = Self.task(plan, "TerraformTask@5", command: "plan")
        #expect(planTask["inputs"]["environmentServiceNameAzureRM"].text == "${{ variables.planServiceConnection }}")
        #expect(planTask["inputs"]["environmentAzureRmUseIdTokenGeneration"] == .bool(false))
        let changes = plan.first { $0["name"].text == "changes" } ?? .null
        #expect(changes["bash"].text?.contains("##vso[task.setvariable variable=present;isoutput=true]$value") == true)

        let applyStage = Self.stage(tree, "apply_production")
        #expect(applyStage["condition"].text == "and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/main'), "
            + "eq(dependencies.plan_production.outputs['plan.changes.present'], 'true'))")
        let job = applyStage["jobs"].items.first ?? .null
        #expect(job["timeoutInMinutes"] == .int(DeliveryPlan.apiManagementTimeoutMinutes))
        let apply = Self.task(Self.steps(applyStage), "TerraformTask@5", command: "apply")
        #expect(apply["inputs"]["environmentServiceNameAzureRM"].text == "${{ variables.serviceConnection }}")
        #expect(apply["inputs"]["environmentAzureRmUseIdTokenGeneration"] == .bool(false))
    }

    @Test func genIsBuiltFromAPinnedCachedToolchain() {
        let tree = Self.tree(Self.resolve([Pipeline(serviceConnection: "sc-edge")]))
        #expect(tree["pool"]["vmImage"].text == "ubuntu-24.04")
        #expect(tree["variables"].items.contains(["name": "swiftVersion", "value": .string(DeliveryPlan.swiftVersion)]))
        let validate = Self.steps(Self.stage(tree, "validate"))
        let caches = validate.filter { $0["task"].text == "Cache@2" }
        #expect(caches.map { $0["inputs"]["key"].text } == [
            #""swift" | "$(swiftVersion)" | "$(Agent.OS)""#,
            #""gen" | "$(swiftVersion)" | "$(Agent.OS)" | $(genPackagePath)/Package.swift"#,
        ])
        #expect(caches.map { $0["inputs"]["path"].text } == ["$(Agent.ToolsDirectory)/swift-$(swiftVersion)", "$(genPackagePath)/.build"])
        let install = validate.first { $0["displayName"].text == "Install Swift" } ?? .null
        #expect(install["bash"].text?.contains("https://download.swift.org/swift-$SWIFT_VERSION-release/") == true)
        let build = validate.first { $0["displayName"].text == "Build gen" } ?? .null
        // --product gen: the package may be gen's own or one that depends on gen.
        #expect(build["bash"].text?.contains(#"swift build --package-path "$GEN_PACKAGE_PATH" --configuration release --product gen"#) == true)
        let names = validate.compactMap { $0["displayName"].text }
        #expect(names.firstIndex(of: "Install Swift")! < names.firstIndex(of: "Build gen")!)
    }

    @Test func aPlanThatHoldsSecretsNeverLeavesThePlanJob() throws {
        let tree = Self.tree(Self.resolve([Pipeline(serviceConnection: "sc-edge", remoteState: Self.remoteState)]))
        let plan = Self.steps(Self.stage(tree, "plan_edge"))
        // The PFX comes from the library's secure files, not the repository.
        let download = Self.task(plan, "DownloadSecureFile@1")
        #expect(download["name"].text == "secureFile_gateway_pfx" && download["inputs"]["secureFile"].text == "edge-gateway.pfx")
        // The saved plan holds the PFX and its password in clear text: no plan view, and only
        // the summary is staged (the plan file is deleted before the copy).
        #expect(Self.task(plan, "TerraformTask@5", command: "plan")["inputs"]["publishPlan"] == .null)
        func index(_ steps: [YAMLNode], _ title: String) throws -> Int { try #require(steps.firstIndex { $0["displayName"].text == title }, "\(title)") }
        let summary = try index(plan, "Keep only the plan's summary (the plan file holds secrets)")
        #expect(try index(plan, "Does the plan change anything?") < summary)
        #expect(try summary < index(plan, "Stage the reviewed files"))
        #expect(plan[summary]["bash"].text?.contains(#"rm -f "$PLAN_FILE""#) == true)
        #expect(plan[summary]["bash"].text?.contains(DeliveryScript.planSummaryFilter) == true)
        // Apply plans again with the same inputs and refuses a plan that changes anything else.
        let apply = Self.steps(Self.stage(tree, "apply_edge"))
        let verify = try index(apply, "The plan changes what was reviewed")
        let applied = try index(apply, "terraform apply tfplan (what was reviewed)")
        #expect(Self.task(apply, "DownloadSecureFile@1") != .null)
        #expect(Self.task(apply, "TerraformTask@5", command: "plan")["env"]["TF_VAR_gateway_pfx_path"].text == "$(secureFile_gateway_pfx.secureFilePath)")
        #expect(verify < applied)
    }

    @Test func secretsReachStepsOnlyThroughEnv() {
        let tree = Self.tree(Self.resolve([Pipeline(serviceConnection: "sc-edge", remoteState: Self.remoteState)]))
        let plan = Self.steps(Self.stage(tree, "plan_edge"))
        #expect(Self.task(plan, "TerraformTask@5", command: "plan")["env"] == [
            "TF_VAR_gateway_cert_password": "$(gatewayCertPassword)",
            "TF_VAR_gateway_pfx_path": "$(secureFile_gateway_pfx.secureFilePath)",
        ])
        for flow in PipelineSettings.Flow.allCases {
            let scripts = Self.allScripts(flow)
            #expect(!scripts.isEmpty)
            for script in scripts {
                #expect(!script.contains("gatewayCertPassword") && !script.contains("agw-edge"), "\(flow): \(script)")
            }
        }
    }

    @Test func templateFlowsValidateAndWhatIfBeforeCreate() {
        for (flow, format) in [(PipelineSettings.Flow.bicep, "bicep"), (.arm, "arm")] {
            let tree = Self.tree(Self.resolve([Pipeline(serviceConnection: "sc-edge", flow: flow)]))
            #expect(Self.steps(Self.stage(tree, "validate")).compactMap { $0["env"]["GEN_FORMAT"].text } == [format, "pipeline", "policies"])
            let plan = Self.steps(Self.stage(tree, "plan_edge"))
            let whatIf = Self.task(plan, "AzureCLI@2")
            #expect(whatIf["env"]["STEP"].text == "what-if")
            #expect(whatIf["env"]["WHAT_IF_FILE"].text == "$(Build.ArtifactStagingDirectory)/release/what-if.txt")
            let parameters = whatIf["env"].entries.filter { !["STEP", "RESOURCE_GROUP", "LOCATION", "DEPLOYMENT_NAME", "TEMPLATE_FILE", "PARAMETERS_ARGUMENT", "WHAT_IF_FILE"].contains($0.key) }
            // Bicep: what main.bicepparam reads with readEnvironmentVariable; ARM: the same secrets on
            // the command line (the parameters file holds no secret and no placeholder).
            // The PFX comes from the secure file the job downloads, as base64, never from a setting.
            #expect(parameters == (flow == .bicep ? [
                .init("GATEWAY_CERT_PASSWORD", "$(gatewayCertPassword)"), .init("BASE64_OF_GATEWAY_PFX_DATA", "$(secureFile_gateway_pfx.secureFilePath)"),
            ] : [
                .init("CLI_PARAM_gatewayCertPassword", "$(gatewayCertPassword)"), .init("BASE64_OF_CLI_PARAM_gatewayPfxData", "$(secureFile_gateway_pfx.secureFilePath)"),
            ]))
            #expect(plan.map { $0["displayName"].text ?? "" }.contains("Download edge-gateway.pfx"))
            let apply = Self.steps(Self.stage(tree, "apply_edge"))
            #expect(apply.map { $0["displayName"].text ?? "" } == [
                "Download the reviewed plan", "Download edge-gateway.pfx", "az deployment group create", "Publish APIM policies",
                "Verify Application Gateway backend health",
            ])
            #expect(apply[2]["env"]["STEP"].text == "create")
        }
    }

    @Test func templateStagesDeployTheirEnvironmentsParametersFile() {
        for (flow, dev, prod) in [(PipelineSettings.Flow.arm, "@$(Pipeline.Workspace)/release_dev/$(outputRoot)/arm/azuredeploy.parameters.dev.json",
                                   "@$(Pipeline.Workspace)/release_prod/$(outputRoot)/arm/azuredeploy.parameters.prod.json"),
                                  (.bicep, "$(Pipeline.Workspace)/release_dev/$(outputRoot)/bicep/main.dev.bicepparam",
                                   "$(Pipeline.Workspace)/release_prod/$(outputRoot)/bicep/main.prod.bicepparam")] {
            let tree = Self.tree(Self.resolve([DeploymentEnvironment("dev"), DeploymentEnvironment("prod", production: true),
                                               Pipeline(serviceConnection: "sc-edge", flow: flow)]))
            #expect(Self.task(Self.steps(Self.stage(tree, "apply_dev")), "AzureCLI@2")["env"]["PARAMETERS_ARGUMENT"].text == dev)
            #expect(Self.task(Self.steps(Self.stage(tree, "apply_prod")), "AzureCLI@2")["env"]["PARAMETERS_ARGUMENT"].text == prod)
            #expect(Self.task(Self.steps(Self.stage(tree, "plan_dev")), "AzureCLI@2")["env"]["PARAMETERS_ARGUMENT"].text?.hasSuffix(flow == .arm ? "parameters.dev.json" : "main.dev.bicepparam") == true)
        }
    }

    @Test func armPassesSecretsAndFileContentsOnTheCommandLine() {
        let tree = Self.tree(Self.resolve(trustedRoot: true, [Pipeline(serviceConnection: "sc-edge", flow: .arm)]))
        let apply = Self.task(Self.steps(Self.stage(tree, "apply_edge")), "AzureCLI@2")
        // The trusted root travels in the artifact, laid out as in the checkout, and az reads its base64.
        #expect(apply["env"]["BASE64_OF_CLI_PARAM_rootCerData"].text == "$(Pipeline.Workspace)/release_edge/$(outputRoot)/arm/../../certificates/root.cer")
        #expect(apply["env"]["CLI_PARAM_gatewayCertPassword"].text == "$(gatewayCertPassword)")
        #expect(apply["env"]["PARAMETERS_ARGUMENT"].text == "@$(Pipeline.Workspace)/release_edge/$(outputRoot)/arm/azuredeploy.parameters.json")
        let stage = Self.task(Self.steps(Self.stage(tree, "plan_edge")), "CopyFiles@2")
        #expect(stage["inputs"]["SourceFolder"].text == "$(Build.SourcesDirectory)")
        #expect(stage["inputs"]["Contents"].text == "$(outputRoot)/arm/**\n$(outputRoot)/policies/**\ncertificates/root.cer\n")
    }

    @Test func powershellFlowRunsWhatIfFirst() {
        let tree = Self.tree(Self.resolve([Pipeline(serviceConnection: "sc-edge", flow: .powershell)]))
        let plan = Self.task(Self.steps(Self.stage(tree, "plan_edge")), "AzurePowerShell@5")
        #expect(plan["displayName"].text == "deploy.ps1 -WhatIf")
        #expect(plan["env"]["WHAT_IF_FILE"] != .null)
        let apply = Self.task(Self.steps(Self.stage(tree, "apply_edge")), "AzurePowerShell@5")
        #expect(apply["env"]["WHAT_IF_FILE"] == .null)
        #expect(apply["env"]["DEPLOY_SCRIPT"].text == "$(Pipeline.Workspace)/release_edge/$(outputRoot)/powershell/deploy.ps1")
        // The PFX reaches deploy.ps1 as its path parameter, from the secure file each job downloads.
        for job in [plan, apply] {
            #expect(job["env"]["PATH_PARAM_GatewayCertPath"].text == "$(secureFile_gateway_pfx.secureFilePath)")
        }
        #expect(Self.steps(Self.stage(tree, "apply_edge")).contains { $0["task"].text == "DownloadSecureFile@1" })
    }

    @Test func backendHealthCoversPoolsWithTargetsOnly() {
        let resolved = Self.resolve()
        #expect(resolved.applicationGateway?.backendPools.contains { $0.targets.isEmpty } == true)
        let apply = Self.steps(Self.stage(Self.tree(resolved), "apply_edge"))
        #expect((apply.last ?? .null)["env"]["BACKEND_POOLS"].text == DeliveryContext(resolved).verifiedBackendPools.joined(separator: " "))
        #expect(DeliveryContext(resolved).verifiedBackendPools == ["gatewaybackend"])
    }

    /// Every script block of the rendered tree of one flow.
    static func allScripts(_ flow: PipelineSettings.Flow) -> [String] {
        scripts(tree(resolve([Pipeline(serviceConnection: "sc-edge", flow: flow)])))
    }

    static func scripts(_ node: YAMLNode) -> [String] {
        switch node {
        case .block(let text): [text]
        case .mapping(let entries): entries.flatMap { scripts($0.value) }
        case .sequence(let items): items.flatMap(scripts)
        default: []
        }
    }
}
