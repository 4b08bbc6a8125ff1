import DSL

/// Renders the `github` format: `deploy.yml`, a GitHub Actions workflow to copy to
/// `.github/workflows/`. The same delivery plan as the Azure DevOps pipeline: a validate job,
/// then plan_<env> and apply_<env> per environment in promotion order. Jobs sign in to Azure
/// with OpenID Connect (no client secret); apply jobs are bound to a GitHub environment
/// (where required reviewers live) and deploy exactly the artifact their plan job uploaded.
public struct GitHubWorkflowEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .github }

    static let fileName = "deploy.yml"
    static let runner = "ubuntu-latest"

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        let plan = DeliveryPlan(deployment, deliveryFormat: format)
        return [EmittedFile(path: Self.fileName, contents: YAMLWriter().render(document(plan), comments: header(plan)))]
    }

    /// The environment a plan job runs in: it holds the same inputs as the apply environment but
    /// no required reviewers, so plans run (also for pull requests) without an approval.
    static func planEnvironment(_ environment: DeliveryEnvironment) -> String { environment.name + "-plan" }

    /// The workflow as a YAML tree (tests inspect it before rendering).
    func document(_ plan: DeliveryPlan) -> YAMLNode {
        let filter: YAMLNode = [
            "branches": [.string(DeliveryPlan.branch)],
            "paths": .sequence([.string(DeliveryContext.manifestPath)]
                + plan.committedFormats.map { .string(DeliveryContext.outputRoot + "/" + $0.rawValue + "/**") }),
        ]
        var jobs: [YAMLNode.Entry] = [.init(plan.validate.id, validate(plan.validate))]
        for release in plan.releases {
            jobs.append(.init(release.plan.id, job(release.plan, environment: Self.planEnvironment(release.environment),
                                                    variables: release.variables)))
            jobs.append(.init(release.apply.id, job(release.apply, environment: release.environment.name,
                                                     variables: release.variables, onBranchOnly: true)))
        }
        return [
            "name": .string("Deploy \(plan.context.resolved.name)"),
            "on": ["push": filter, "pull_request": filter],
            "permissions": ["id-token": "write", "contents": "read"],
            "env": .mapping(GitHubWorkflowStep.settings(plan.variables, inline: plan.variables)),
            "jobs": .mapping(jobs),
        ]
    }

    /// Validate reads nothing from Azure, so it gets no OIDC token.
    private func validate(_ job: DeliveryJob) -> YAMLNode {
        [
            "name": .string(job.title),
            "runs-on": .string(Self.runner),
            "permissions": ["contents": "read"],
            "steps": .sequence(steps(job.steps)),
        ]
    }

    private func job(_ job: DeliveryJob, environment: String, variables: [DeliveryVariable],
                     onBranchOnly: Bool = false) -> YAMLNode {
        var entries: [YAMLNode.Entry] = [.init("name", .string(job.title))]
        if let needs = job.needs { entries.append(.init("needs", .string(needs))) }
        if onBranchOnly { entries.append(.init("if", .string("github.ref == 'refs/heads/\(DeliveryPlan.branch)'"))) }
        entries += [.init("runs-on", .string(Self.runner)), .init("environment", .string(environment))]
        var env = GitHubWorkflowStep.settings(variables)
        if job.steps.contains(where: GitHubWorkflowStep.usesTerraformBackend) {
            env += [
                .init("ARM_USE_OIDC", "true"),
                .init("ARM_CLIENT_ID", .string(GitHubWorkflowStep.expression("vars." + GitHubWorkflowStep.clientID))),
                .init("ARM_TENANT_ID", .string(GitHubWorkflowStep.expression("vars." + GitHubWorkflowStep.tenantID))),
                .init("ARM_SUBSCRIPTION_ID", .string(GitHubWorkflowStep.expression("vars." + GitHubWorkflowStep.subscriptionID))),
            ]
        }
        if !env.isEmpty { entries.append(.init("env", .mapping(env))) }
        entries.append(.init("steps", .sequence(steps(job.steps))))
        return .mapping(entries)
    }

    /// The job's steps, with the Azure sign-in just before the first step that needs it.
    private func steps(_ steps: [DeliveryStep]) -> [YAMLNode] {
        var rendered: [YAMLNode] = []
        var signedIn = false
        let powershell = steps.contains(where: GitHubWorkflowStep.needsPowerShellSession)
        for step in steps {
            if !signedIn, GitHubWorkflowStep.needsLogin(step) {
                rendered.append(GitHubWorkflowStep.login(powershell: powershell))
                signedIn = true
            }
            rendered.append(GitHubWorkflowStep.step(step))
        }
        return rendered
    }

    private func header(_ plan: DeliveryPlan) -> [String] {
        let context = plan.context
        let resolved = context.resolved
        let platform = GitHubWorkflowStep.platform
        var lines = [
            "GitHub Actions workflow for \(resolved.name), generated by gen from \(DeliveryContext.manifestPath).",
            "Do not edit: change the manifest, run `gen github`, commit the result and copy it to",
            ".github/workflows/\(Self.fileName) (GitHub runs workflows from that folder only).",
            "",
            "Flow: \(plan.flow.format.rawValue). Jobs: \(DeliveryPlan.validateJob), then plan_<environment> and apply_<environment>",
            "for each environment in promotion order: \(context.environments.map(\.name).joined(separator: ", ")).",
            "Pull requests run \(DeliveryPlan.validateJob) and the first plan; apply runs only on \(DeliveryPlan.branch).",
            "",
            "Needs in the GitHub repository:",
            "- Azure sign-in with OpenID Connect, no client secret: an Entra ID application or managed",
            "  identity with a federated credential for each environment below (subject",
            "  repo:<owner>/<repository>:environment:<name>), named by the variables \(GitHubWorkflowStep.clientID),",
            "  \(GitHubWorkflowStep.tenantID) and \(GitHubWorkflowStep.subscriptionID); it deploys to resource group \(resolved.resourceGroup).",
        ]
        let inputs = plan.requiredInputs.map { "\(GitHubWorkflowStep.name($0.name)) (\($0.secret ? "secret" : "variable"))" }
        for release in plan.releases {
            let environment = release.environment
            let marker = environment.production && environment.name != "production" ? " (production)" : ""
            lines += [
                "- Environment '\(environment.name)'\(marker) runs \(release.apply.id): required reviewers go there.",
                "- Environment '\(Self.planEnvironment(environment))' runs \(release.plan.id): no reviewers.",
            ]
            lines += inputs.isEmpty
                ? ["  Neither needs secrets or variables of its own today."]
                : ["  Both define the inputs of \(environment.name):"] + DeliveryPlan.wrapped(inputs, indent: "    ")
        }
        lines += [""] + plan.flow.notes(context, on: platform)
        lines += DeliveryPlan.healthCheckNote(context)
        lines += DeliveryPlan.featureNote(context)
        if context.usesDefaultSettings {
            lines += [
                "",
                "The manifest declares no Pipeline(...), so defaults apply: flow terraform, and the Terraform",
                "state storage account from the environments' variables",
                "(\(GitHubWorkflowStep.name(DeliveryVariable.stateResourceGroup)), \(GitHubWorkflowStep.name(DeliveryVariable.stateStorageAccount))).",
            ]
        }
        lines += [
            "",
            "Repository layout: the manifest at \(DeliveryContext.manifestPath), gen's output under \(DeliveryContext.outputRoot)/, and gen",
            "built from \(GitHubWorkflowStep.name(DeliveryVariable.genPackagePath)) with the runner's Swift 6 toolchain.",
        ]
        return lines
    }
}
