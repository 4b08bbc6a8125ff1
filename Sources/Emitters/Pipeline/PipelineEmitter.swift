import DSL

/// Renders the `pipeline` format: `azure-pipelines.yml`, an Azure DevOps pipeline with a
/// Validate stage, then a Plan and an Apply stage per environment in promotion order. Apply is
/// a deployment job bound to an Azure DevOps environment (where approvals live) that deploys
/// exactly what its Plan stage published, then verifies Application Gateway backend health.
public struct PipelineEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .pipeline }

    static let fileName = "azure-pipelines.yml"
    /// A fixed image: the Swift toolchain gen is built with is downloaded for its Ubuntu release.
    static let vmImage = "ubuntu-24.04"

    /// `refs/heads/<release branch>`: the only branch Apply runs on.
    static let onReleaseBranch = "eq(variables['Build.SourceBranch'], 'refs/heads/\(DeliveryPlan.branch)')"

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        let plan = DeliveryPlan(deployment, deliveryFormat: format)
        return [EmittedFile(path: Self.fileName, contents: YAMLWriter().render(document(plan), comments: header(plan)))]
    }

    /// The pipeline as a YAML tree (tests inspect it before rendering).
    func document(_ plan: DeliveryPlan) -> YAMLNode {
        let paths: YAMLNode = ["include": .sequence(
            [.string(DeliveryContext.manifestPath)]
                + plan.committedFormats.map { .string(DeliveryContext.outputRoot + "/" + $0.rawValue) })]
        let branches: YAMLNode = ["include": [.string(DeliveryPlan.branch)]]
        let variables = [
            AzurePipelinesStep.variable(DeliveryVariable(AzurePipelinesStep.serviceConnection, .text(plan.context.settings.serviceConnection))),
            AzurePipelinesStep.variable(DeliveryVariable(AzurePipelinesStep.planServiceConnection, .text(plan.context.settings.planIdentity))),
        ] + plan.variables.map(AzurePipelinesStep.variable)
        return [
            "trigger": ["batch": true, "branches": branches, "paths": paths],
            "pr": ["branches": branches, "paths": paths],
            // With an Exclusive Lock check on each environment, runs take it in order: one
            // deployment at a time per environment, none skipped.
            "lockBehavior": "sequential",
            "pool": ["vmImage": .string(Self.vmImage)],
            "variables": .sequence(variables),
            "stages": .sequence(stages(plan)),
        ]
    }

    private func stages(_ plan: DeliveryPlan) -> [YAMLNode] {
        let validate: YAMLNode = [
            "stage": .string(plan.validate.id),
            "displayName": "Validate",
            "jobs": [[
                "job": "validate",
                "displayName": .string(plan.validate.title),
                "steps": .sequence(plan.validate.steps.map { AzurePipelinesStep.step($0) }),
            ]],
        ]
        return [validate] + plan.releases.flatMap { [self.plan($0), apply($0)] }
    }

    /// The stage variables: the environment's variable group first, so its own values win over it.
    private func variables(_ release: DeliveryRelease) -> YAMLNode {
        .sequence([["group": .string(release.environment.variableGroup)]] + release.variables.map(AzurePipelinesStep.variable))
    }

    private func steps(_ job: DeliveryJob) -> YAMLNode {
        .sequence(job.steps.map { AzurePipelinesStep.step($0, identity: job.identity) })
    }

    private func plan(_ release: DeliveryRelease) -> YAMLNode {
        var entries: [YAMLNode.Entry] = [
            .init("stage", .string(release.plan.id)),
            .init("displayName", .string(release.plan.title)),
        ]
        let needs = release.plan.needs ?? DeliveryPlan.validateJob
        if let previousPlan = release.previousPlan {
            // The previous Apply is skipped when its plan was empty; promotion goes on.
            entries += [
                .init("dependsOn", [.string(previousPlan), .string(needs)]),
                .init("condition", .string("and(not(canceled()), \(Self.onReleaseBranch), eq(dependencies.\(previousPlan).result, 'Succeeded'), "
                    + "in(dependencies.\(needs).result, 'Succeeded', 'Skipped'))")),
            ]
        } else {
            entries.append(.init("dependsOn", .string(needs)))
        }
        entries += [
            .init("variables", variables(release)),
            .init("jobs", [[
                "job": "plan",
                "displayName": .string(release.plan.title),
                "steps": steps(release.plan),
            ]]),
        ]
        return .mapping(entries)
    }

    private func apply(_ release: DeliveryRelease) -> YAMLNode {
        var condition = "and(succeeded(), \(Self.onReleaseBranch)"
        if let changes = release.changes {
            condition += ", eq(dependencies.\(release.plan.id).outputs['plan.\(changes.step).\(changes.name)'], 'true')"
        }
        var job: [YAMLNode.Entry] = [
            .init("deployment", "apply"),
            .init("displayName", .string(release.apply.title)),
            .init("environment", .string(release.environment.name)),
        ]
        if let minutes = release.apply.timeoutMinutes { job.append(.init("timeoutInMinutes", .int(minutes))) }
        job.append(.init("strategy", ["runOnce": ["deploy": ["steps": steps(release.apply)]]]))
        return [
            "stage": .string(release.apply.id),
            "displayName": .string(release.apply.title),
            "dependsOn": .string(release.plan.id),
            "condition": .string(condition + ")"),
            "variables": variables(release),
            "jobs": [.mapping(job)],
        ]
    }

    private func header(_ plan: DeliveryPlan) -> [String] {
        let context = plan.context
        let flow = plan.flow
        let resolved = context.resolved
        var lines = [
            "Azure DevOps pipeline for \(resolved.name), generated by gen from \(DeliveryContext.manifestPath).",
            "Do not edit: change the manifest, run `gen pipeline`, commit the result.",
            "",
            "Flow: \(flow.format.rawValue). Stages: \(DeliveryPlan.validateJob), then plan_<environment> and apply_<environment>",
            "for each environment in promotion order: \(context.environments.map(\.name).joined(separator: ", ")).",
            "Pull requests run \(DeliveryPlan.validateJob) and the first plan; apply runs only on \(DeliveryPlan.branch).",
            "",
            "Needs in the Azure DevOps project:",
            "- Two Azure Resource Manager service connections with workload identity federation (OIDC), no",
            "  client secret, on the resource group of each environment that uses them:",
        ]
        lines += DeliveryPlan.prose("'\(context.settings.serviceConnection)' deploys (apply stages): \(DeliveryPlan.deployRoles);", first: "  ", indent: "    ")
        lines += DeliveryPlan.prose("'\(context.settings.planIdentity)' plans (also for pull requests), read-only: \(plan.flow.planRoles).", first: "  ", indent: "    ")
        if flow.format == .terraform {
            lines += [
                "- The extension 'Azure Pipelines Terraform Tasks' (ms-devlabs.custom-terraform-tasks) for",
                "  TerraformInstaller@1 and TerraformTask@5 (which refreshes the OIDC token: sign-ins outlive approvals).",
            ]
        }
        lines += [
            "- An Exclusive Lock check on each environment: with lockBehavior sequential, runs deploy one at",
            "  a time per environment, in order.",
        ]
        for environment in context.environments {
            let marker = environment.production && environment.name != "production" ? " (production)" : ""
            lines.append("- Environment '\(environment.name)'\(marker): approvals and checks go there. It deploys into resource group")
            var connections = "  \(environment.resourceGroup)"
            if environment.serviceConnection != context.settings.serviceConnection || environment.planServiceConnection != context.settings.planIdentity {
                connections += " with its own connections '\(environment.serviceConnection)' (apply) and '\(environment.planServiceConnection)' (plan)"
            }
            lines.append(connections + ".")
            let required = (plan.environmentInputs[environment.name] ?? []).map(\.name)
            lines.append("- Variable group '\(environment.variableGroup)' for this environment's values, defining:")
            lines += required.isEmpty ? ["    nothing required today."] : DeliveryPlan.wrapped(required, indent: "    ")
        }
        lines += [""] + flow.notes(context, on: AzurePipelinesStep.platform)
        lines += DeliveryPlan.healthCheckNote(context)
        lines += DeliveryPlan.featureNote(context)
        lines += DeliveryPlan.bootstrapNote(context)
        if context.usesDefaultSettings {
            lines += [
                "",
                "The manifest declares no Pipeline(...), so defaults apply: service connection",
                "'\(context.settings.serviceConnection)' (named after the deployment), flow terraform, and the Terraform",
                "state storage account from the variable group (\(DeliveryVariable.stateResourceGroup),",
                "\(DeliveryVariable.stateStorageAccount)).",
            ]
        }
        lines += [
            "",
            "Repository layout: the manifest at \(DeliveryContext.manifestPath), gen's output under \(DeliveryContext.outputRoot)/."
        ] + DeliveryPlan.genNote(variable: DeliveryVariable.genPackagePath, swift: DeliveryVariable.swiftVersion)
        return lines
    }
}
