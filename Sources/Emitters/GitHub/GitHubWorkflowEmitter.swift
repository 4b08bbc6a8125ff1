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
    /// A fixed image: the Swift toolchain gen is built with is downloaded for its Ubuntu release.
    static let runner = "ubuntu-24.04"

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
        let onBranch = "github.ref == 'refs/heads/\(DeliveryPlan.branch)'"
        for release in plan.releases {
            var planCondition: String?
            var needs = release.plan.needs.map { [$0] } ?? []
            if let previousPlan = release.previousPlan, let previousApply = release.plan.needs {
                // The previous apply is skipped when its plan was empty; promotion goes on.
                needs = [previousPlan, previousApply]
                planCondition = "!cancelled() && \(onBranch) && needs.\(previousPlan).result == 'success' && "
                    + "(needs.\(previousApply).result == 'success' || needs.\(previousApply).result == 'skipped')"
            }
            // GitHub environments hold their own identities; the Azure DevOps connections do not apply.
            let connections: Set<String> = [AzurePipelinesStep.serviceConnection, AzurePipelinesStep.planServiceConnection]
            let variables = release.variables.filter { !connections.contains($0.name) }
            let outputs = release.changes.map { [YAMLNode.Entry("changes", .string(GitHubWorkflowStep.expression("steps.\($0.step).outputs.\($0.name)")))] } ?? []
            jobs.append(.init(release.plan.id, job(release.plan, needs: needs, condition: planCondition,
                                                    environment: Self.planEnvironment(release.environment),
                                                    variables: variables, outputs: outputs)))
            let applyCondition = onBranch + (release.changes.map { _ in " && needs.\(release.plan.id).outputs.changes == 'true'" } ?? "")
            jobs.append(.init(release.apply.id, job(release.apply, needs: [release.plan.id], condition: applyCondition,
                                                     environment: release.environment.name, variables: variables,
                                                     concurrency: "\(plan.context.resolved.name)-\(release.environment.identifier)")))
        }
        return [
            "name": .string("Deploy \(plan.context.resolved.name)"),
            "on": ["push": filter, "pull_request": filter],
            // Nothing by default; each job asks for what it uses (an OIDC token only to sign in).
            "permissions": ["contents": "read"],
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

    private func job(_ job: DeliveryJob, needs: [String], condition: String?, environment: String, variables: [DeliveryVariable],
                     outputs: [YAMLNode.Entry] = [], concurrency: String? = nil) -> YAMLNode {
        var entries: [YAMLNode.Entry] = [.init("name", .string(job.title))]
        switch needs.count {
        case 0: break
        case 1: entries.append(.init("needs", .string(needs[0])))
        default: entries.append(.init("needs", .sequence(needs.map { .string($0) })))
        }
        if let condition { entries.append(.init("if", .string(condition))) }
        entries += [.init("runs-on", .string(Self.runner)), .init("environment", .string(environment))]
        if let concurrency {
            // One deployment at a time per environment; a queued one waits rather than cancels.
            entries.append(.init("concurrency", ["group": .string(concurrency), "cancel-in-progress": false]))
        }
        if let minutes = job.timeoutMinutes { entries.append(.init("timeout-minutes", .int(minutes))) }
        entries.append(.init("permissions", GitHubWorkflowStep.signsIn(job.steps)
            ? ["id-token": "write", "contents": "read"] : ["contents": "read"]))
        if !outputs.isEmpty { entries.append(.init("outputs", .mapping(outputs))) }
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
        ]
        lines += DeliveryPlan.prose("\(GitHubWorkflowStep.tenantID) and \(GitHubWorkflowStep.subscriptionID), set per environment: in '<name>', an identity "
            + "that deploys (\(DeliveryPlan.deployRoles)); in '<name>-plan', a read-only one (\(plan.flow.planRoles)), "
            + "both on the environment's resource group.", first: "  ", indent: "  ")
        for release in plan.releases {
            let environment = release.environment
            let inputs = (plan.environmentInputs[environment.name] ?? []).map { "\(GitHubWorkflowStep.name($0.name)) (\($0.secret ? "secret" : "variable"))" }
            let marker = environment.production && environment.name != "production" ? " (production)" : ""
            lines += DeliveryPlan.prose("Environment '\(environment.name)'\(marker) runs \(release.apply.id) into resource group \(environment.resourceGroup): "
                + "required reviewers go there.", first: "- ", indent: "  ")
            lines.append("- Environment '\(Self.planEnvironment(environment))' runs \(release.plan.id): no reviewers.")
            lines += inputs.isEmpty
                ? ["  Neither needs secrets or variables of its own today."]
                : ["  Both define the inputs of \(environment.name):"] + DeliveryPlan.wrapped(inputs, indent: "    ")
        }
        lines += [""] + plan.flow.notes(context, on: platform)
        lines += DeliveryPlan.healthCheckNote(context)
        lines += DeliveryPlan.featureNote(context)
        lines += DeliveryPlan.bootstrapNote(context)
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
            "Repository layout: the manifest at \(DeliveryContext.manifestPath), gen's output under \(DeliveryContext.outputRoot)/."
        ] + DeliveryPlan.genNote(variable: GitHubWorkflowStep.name(DeliveryVariable.genPackagePath),
                                 swift: GitHubWorkflowStep.name(DeliveryVariable.swiftVersion))
        return lines
    }
}
