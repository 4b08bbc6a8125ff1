import DSL
import Testing
@testable import Emitters

/// The GitHub Actions workflow's structure, read from the YAML tree before rendering: jobs in
/// promotion order, apply bound to an environment on main only, OpenID Connect sign-in, secrets
/// only as `${{ secrets.NAME }}` in `env`, and the same delivery plan as the Azure pipeline.
@Suite struct GitHubWorkflowEmitterTests {
    typealias Fixture = PipelineEmitterTests

    static func tree(_ resolved: ResolvedDeployment) -> YAMLNode {
        GitHubWorkflowEmitter().document(DeliveryPlan(resolved, deliveryFormat: .github))
    }

    static func job(_ tree: YAMLNode, _ id: String) -> YAMLNode { tree["jobs"][id] }

    static func uses(_ steps: [YAMLNode], _ action: String) -> YAMLNode {
        steps.first { $0["uses"].text == action } ?? .null
    }

    static func named(_ steps: [YAMLNode], _ name: String) -> YAMLNode {
        steps.first { $0["name"].text == name } ?? .null
    }

    static var promoted: [any DeploymentComponent] { [
        DeploymentEnvironment("dev"), DeploymentEnvironment("test-1"), DeploymentEnvironment("prod", production: true),
        Pipeline(serviceConnection: "sc-edge", remoteState: Fixture.remoteState),
    ] }

    @Test func jobsFollowPromotionOrder() {
        let tree = Self.tree(Fixture.resolve(Self.promoted))
        let jobs = tree["jobs"].entries
        #expect(jobs.map(\.key) == ["validate", "plan_dev", "apply_dev", "plan_test_1", "apply_test_1", "plan_prod", "apply_prod"])
        // A later plan waits for the previous plan and apply: that apply is skipped when its plan was empty.
        #expect(jobs.map { $0.value["needs"].text ?? $0.value["needs"].items.compactMap(\.text).joined(separator: ",") } == [
            "", "validate", "plan_dev", "plan_dev,apply_dev", "plan_test_1", "plan_test_1,apply_test_1", "plan_prod",
        ])
        #expect(jobs.map { $0.value["environment"].text } == [nil, "dev-plan", "dev", "test-1-plan", "test-1", "prod-plan", "prod"])
        for job in jobs where job.key.hasPrefix("apply_") {
            let plan = "plan_" + job.key.dropFirst("apply_".count)
            #expect(job.value["if"].text == "github.ref == 'refs/heads/main' && needs.\(plan).outputs.changes == 'true'", "\(job.key)")
            #expect(Self.job(tree, plan)["outputs"]["changes"].text == "${{ steps.changes.outputs.present }}")
            // One deployment at a time per environment, queued rather than cancelled.
            #expect(job.value["concurrency"]["cancel-in-progress"] == .bool(false))
            #expect(job.value["concurrency"]["group"].text == "edge-" + job.key.dropFirst("apply_".count))
            #expect(job.value["timeout-minutes"] == .int(DeliveryPlan.apiManagementTimeoutMinutes))
        }
        #expect(Self.job(tree, "plan_test_1")["if"].text?.hasPrefix("!cancelled() && github.ref == 'refs/heads/main'") == true)
        #expect(Self.job(tree, "plan_test_1")["env"]["TERRAFORM_STATE_KEY"].text == "test-1/edge.tfstate")
    }

    @Test func applyDeploysExactlyTheUploadedPlan() throws {
        let tree = Self.tree(Fixture.resolve(production: true, [Pipeline(serviceConnection: "sc", remoteState: Fixture.remoteState)]))
        let plan = Self.job(tree, "plan_production")["steps"].items
        let upload = Self.uses(plan, "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02")
        #expect(upload["with"]["name"].text == "release_production")
        #expect(upload["with"]["include-hidden-files"] == .bool(true))
        let planStep = Self.named(plan, "terraform plan -out tfplan")
        // PLAN_VAR_<name> (an environment's PFX path) comes after the var file, so it wins over it.
        #expect(planStep["run"].text?.contains("terraform plan -input=false ${VAR_FILE:+-var-file=\"$VAR_FILE\"} \"${variables[@]}\" -out=\"$PLAN_FILE\"") == true)
        #expect(planStep["env"]["PLAN_FILE"].text == "tfplan")

        let apply = Self.job(tree, "apply_production")["steps"].items
        #expect(apply.first?["uses"].text == "actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093")
        #expect(apply.first?["with"]["name"].text == "release_production")
        #expect(apply.first?["with"]["path"].text == "${{ runner.temp }}/release_production")
        // The fixture's PFX makes the plan hold secrets: Apply plans again, checks the new plan
        // against the reviewed summary, and applies that plan.
        func index(_ title: String) throws -> Int { try #require(apply.firstIndex { $0["name"].text == title }, "\(title)") }
        let replan = try index("terraform plan -out tfplan (again: the reviewed plan held secrets)")
        let verify = try index("The plan changes what was reviewed")
        let applied = try index("terraform apply tfplan (what was reviewed)")
        #expect(replan < verify && verify < applied)
        #expect(apply[verify]["run"].text?.contains(#"if ! diff -u "$SUMMARY_FILE" "$fresh"; then"#) == true)
        let applyStep = apply[applied]
        #expect(applyStep["working-directory"].text == "${{ runner.temp }}/release_production/${{ env.OUTPUT_ROOT }}/terraform")
        #expect(applyStep["run"].text?.contains("terraform apply -input=false \"$PLAN_FILE\"") == true)
        // The PFX comes from a base64 secret written to the runner's temporary folder.
        let file = Self.named(apply, "Download edge-gateway.pfx")
        #expect(file["env"]["FILE_CONTENT"].text == "${{ secrets.GATEWAY_PFX_BASE64 }}")
        #expect(apply[replan]["env"]["TF_VAR_gateway_pfx_path"].text == "${{ runner.temp }}/edge-gateway.pfx")
        #expect(apply.last?["name"].text == "Verify Application Gateway backend health")
    }

    @Test func signsInWithOpenIDConnectOnly() {
        for flow in PipelineSettings.Flow.allCases {
            let tree = Self.tree(Fixture.resolve([Pipeline(serviceConnection: "sc-edge", flow: flow)]))
            // An OIDC token only for the jobs that sign in.
            #expect(tree["permissions"] == ["contents": "read"])
            #expect(Self.job(tree, "validate")["permissions"] == ["contents": "read"])
            #expect(Self.job(tree, "plan_edge")["permissions"] == ["id-token": "write", "contents": "read"])
            let apply = Self.job(tree, "apply_edge")
            #expect(apply["permissions"] == ["id-token": "write", "contents": "read"])
            let login = Self.uses(apply["steps"].items, "azure/login@" + GitHubAction.login.commit)
            #expect(login["with"]["client-id"].text == "${{ vars.AZURE_CLIENT_ID }}")
            #expect(login["with"]["tenant-id"].text == "${{ vars.AZURE_TENANT_ID }}")
            #expect(login["with"]["subscription-id"].text == "${{ vars.AZURE_SUBSCRIPTION_ID }}")
            #expect(login["with"]["enable-AzPSSession"] == (flow == .powershell ? .bool(true) : .null))
            let text = YAMLWriter().render(tree)
            #expect(!text.contains("client-secret") && !text.contains("CLIENT_SECRET") && !text.contains("creds:"))
            #expect((apply["env"]["ARM_USE_OIDC"] == "true") == (flow == .terraform), "\(flow)")
        }
    }

    @Test func signInPrecedesTheFirstAzureStep() {
        let tree = Self.tree(Fixture.resolve([Pipeline(serviceConnection: "sc-edge", flow: .bicep)]))
        let plan = Self.job(tree, "plan_edge")["steps"].items.map { $0["name"].text ?? "" }
        #expect(plan == [
            "Checkout", "Check the environment's secrets and variables", "Stage the reviewed files", "Download edge-gateway.pfx",
            "Sign in to Azure (OpenID Connect)", "az deployment group validate and what-if", "Publish the reviewed plan",
        ])
        #expect(Self.job(tree, "validate")["steps"].items.allSatisfy { $0["uses"].text?.hasPrefix("azure/login@") != true })
    }

    @Test func actionsArePinnedToReleaseCommits() {
        for flow in PipelineSettings.Flow.allCases {
            let tree = Self.tree(Fixture.resolve([Pipeline(serviceConnection: "sc-edge", flow: flow)]))
            let steps = tree["jobs"].entries.flatMap { $0.value["steps"].items }
            let used = steps.map { $0["uses"] }.filter { $0 != .null }
            #expect(!used.isEmpty)
            for reference in used {
                guard case .commented(.string(let action), let comment) = reference else {
                    Issue.record("\(flow): \(reference) is not pinned with a release comment")
                    continue
                }
                let parts = action.split(separator: "@")
                #expect(parts.count == 2 && parts[1].count == 40 && parts[1].allSatisfy(\.isHexDigit), "\(action)")
                #expect(comment.hasPrefix("v") && GitHubAction.all.contains { $0.repository == parts.first.map(String.init) && $0.release == comment })
            }
        }
        let rendered = YAMLWriter().render(Self.tree(Fixture.resolve([Pipeline(serviceConnection: "sc-edge")])))
        #expect(rendered.contains("uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2"))
    }

    @Test func azPowerShellRunsThroughAzurePowerShellAction() {
        let tree = Self.tree(Fixture.resolve([Pipeline(serviceConnection: "sc-edge", flow: .powershell)]))
        for job in ["plan_edge", "apply_edge"] {
            let steps = Self.job(tree, job)["steps"].items
            let deploy = steps.first { $0["name"].text?.hasPrefix("deploy.ps1") == true } ?? .null
            #expect(deploy["uses"].text == "azure/powershell@" + GitHubAction.powershell.commit, "\(job)")
            #expect(deploy["with"]["inlineScript"].text?.contains("& $env:DEPLOY_SCRIPT") == true)
            #expect(deploy["shell"] == .null)
            #expect(deploy["env"]["DEPLOY_SCRIPT"] != .null)
        }
    }

    @Test func secretsReachStepsOnlyAsSecretReferencesInEnv() {
        let tree = Self.tree(Fixture.resolve([Pipeline(serviceConnection: "sc-edge", remoteState: Fixture.remoteState)]))
        let plan = Self.named(Self.job(tree, "plan_edge")["steps"].items, "terraform plan -out tfplan")
        #expect(plan["env"]["TF_VAR_gateway_cert_password"].text == "${{ secrets.GATEWAY_CERT_PASSWORD }}")
        for flow in PipelineSettings.Flow.allCases {
            let tree = Self.tree(Fixture.resolve([Pipeline(serviceConnection: "sc-edge", flow: flow)]))
            let scripts = tree["jobs"].entries.flatMap { $0.value["steps"].items.compactMap { $0["run"].text } }
            #expect(!scripts.isEmpty)
            for script in scripts {
                #expect(!script.contains("${{") && !script.contains("gatewayCertPassword") && !script.contains("agw-edge"),
                        "\(flow): \(script)")
            }
            let secretValues = Self.strings(tree).filter { $0.contains("secrets.") }
            #expect(secretValues.allSatisfy { $0.hasPrefix("${{ secrets.") && $0.hasSuffix(" }}") })
        }
    }

    @Test func defaultsTakeTheStateStorageFromEnvironmentVariables() {
        let tree = Self.tree(Fixture.resolve())
        let check = Self.named(Self.job(tree, "plan_edge")["steps"].items, "Check the environment's secrets and variables")
        #expect(check["env"] == [
            "REQUIRED_GATEWAY_CERT_PASSWORD": "${{ secrets.GATEWAY_CERT_PASSWORD }}",
            "REQUIRED_TERRAFORM_STATE_RESOURCE_GROUP": "${{ vars.TERRAFORM_STATE_RESOURCE_GROUP }}",
            "REQUIRED_TERRAFORM_STATE_STORAGE_ACCOUNT": "${{ vars.TERRAFORM_STATE_STORAGE_ACCOUNT }}",
        ])
        let initialize = Self.named(Self.job(tree, "apply_edge")["steps"].items, "terraform init (azurerm backend)")
        #expect(initialize["env"]["STATE_STORAGE_ACCOUNT"].text == "${{ vars.TERRAFORM_STATE_STORAGE_ACCOUNT }}")
        #expect(initialize["env"]["STATE_KEY"].text == "${{ env.TERRAFORM_STATE_KEY }}")
        #expect(tree["env"]["TERRAFORM_DIRECTORY"].text == "${{ github.workspace }}/out/terraform")
    }

    /// Both renderers draw on one plan: same jobs, same steps (GitHub adds the sign-in and
    /// checks its own file instead of the pipeline's).
    @Test func sharesThePlanWithTheAzurePipeline() {
        for flow in PipelineSettings.Flow.allCases {
            let resolved = Fixture.resolve([DeploymentEnvironment("dev"), DeploymentEnvironment("prod", production: true),
                                            Pipeline(serviceConnection: "sc-edge", flow: flow)])
            let azure = Fixture.tree(resolved)
            let github = Self.tree(resolved)
            #expect(azure["stages"].items.compactMap { $0["stage"].text } == github["jobs"].entries.map(\.key))
            for stage in azure["stages"].items {
                let id = stage["stage"].text ?? ""
                let azureTitles = Fixture.steps(stage).map { $0["displayName"].text ?? "Checkout" }
                    .map { $0 == "Check the variable group" ? "Check the environment's secrets and variables" : $0 }
                    .map { $0.replacingOccurrences(of: "gen pipeline --check", with: "gen github --check") }
                let githubTitles = Self.job(github, id)["steps"].items.compactMap { $0["name"].text }
                    .filter { $0 != "Sign in to Azure (OpenID Connect)" }
                #expect(azureTitles == githubTitles, "\(flow) \(id)")
            }
        }
    }

    @Test func namesAndValuesSpellForGitHub() {
        #expect(GitHubWorkflowStep.name("gatewayCertPassword") == "GATEWAY_CERT_PASSWORD")
        #expect(GitHubWorkflowStep.name(DeliveryVariable.stateKey) == "TERRAFORM_STATE_KEY")
        let settings = [DeliveryVariable("outputRoot", "out")]
        let path = DeliveryVariable.outputPath("/bicep")
        #expect(GitHubWorkflowStep.value(path) == "${{ github.workspace }}/${{ env.OUTPUT_ROOT }}/bicep")
        #expect(GitHubWorkflowStep.value(path, inline: settings) == "${{ github.workspace }}/out/bicep")
        #expect(GitHubWorkflowStep.value(.input(DeliveryInput(name: "rootCerData", secret: true))) == "${{ secrets.ROOT_CER_DATA }}")
    }

    @Test func scriptsUseEachPlatformsLoggingCommands() {
        for script in DeliveryScript.allCases {
            let github = script.text(on: .githubActions)
            let azure = script.text(on: .azurePipelines)
            #expect(!github.contains("##vso["), "\(script)")
            #expect(!azure.contains("::error::") && !azure.contains("::warning::"), "\(script)")
            #expect(github.replacingOccurrences(of: "::error::", with: "##vso[task.logissue type=error]")
                .replacingOccurrences(of: DeliveryPlatform.githubActions.prependPath, with: DeliveryPlatform.azurePipelines.prependPath)
                .replacingOccurrences(of: DeliveryPlatform.githubActions.setOutput("present"), with: DeliveryPlatform.azurePipelines.setOutput("present"))
                .replacingOccurrences(of: "::warning::", with: "##vso[task.logissue type=warning]")
                .replacingOccurrences(of: "environment's secrets and variables", with: "variable group") == azure, "\(script)")
        }
        #expect(DeliveryScript.backendHealth.text(on: .githubActions).contains("echo \"::error::Backend pools not Healthy"))
    }

    static func strings(_ node: YAMLNode) -> [String] {
        switch node {
        case .string(let text), .block(let text): [text]
        case .mapping(let entries): entries.flatMap { strings($0.value) }
        case .sequence(let items): items.flatMap(strings)
        default: []
        }
    }
}
