import DSL

/// Renders the `pipeline` format: `azure-pipelines.yml`, an Azure DevOps pipeline with a
/// Validate stage, then a Plan and an Apply stage per environment in promotion order. Apply is
/// a deployment job bound to an Azure DevOps environment (where approvals live) that deploys
/// exactly what its Plan stage published, then verifies Application Gateway backend health.
public struct PipelineEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .pipeline }

    static let fileName = "azure-pipelines.yml"
    static let branch = "main"
    static let validateStage = "validate"

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        let context = PipelineContext(deployment)
        let flow = Self.flow(context.settings.flow, context)
        return [EmittedFile(path: Self.fileName,
                            contents: YAMLWriter().render(document(context, flow), comments: header(context, flow)))]
    }

    static func flow(_ flow: PipelineSettings.Flow, _ context: PipelineContext) -> any DeliveryFlow {
        switch flow {
        case .terraform: TerraformFlow(remoteState: context.settings.remoteState)
        case .bicep: TemplateFlow.bicep
        case .arm: TemplateFlow.arm
        case .powershell: PowerShellFlow()
        }
    }

    /// The pipeline as a YAML tree (tests inspect it before rendering).
    func document(_ context: PipelineContext, _ flow: any DeliveryFlow) -> YAMLNode {
        let paths: YAMLNode = ["include": .sequence(
            [.string(PipelineContext.manifestPath)]
                + flow.committedFormats.map { .string(PipelineContext.outputRoot + "/" + $0.rawValue) })]
        let branches: YAMLNode = ["include": [.string(Self.branch)]]
        return [
            "trigger": ["batch": true, "branches": branches, "paths": paths],
            "pr": ["branches": branches, "paths": paths],
            "pool": ["vmImage": "ubuntu-latest"],
            "variables": .sequence(variables(context, flow)),
            "stages": .sequence(stages(context, flow)),
        ]
    }

    private func variables(_ context: PipelineContext, _ flow: any DeliveryFlow) -> [YAMLNode] {
        var variables: [YAMLNode] = [
            PipelineVariable.entry(PipelineVariable.serviceConnection, context.settings.serviceConnection),
            PipelineVariable.entry(PipelineVariable.outputRoot, PipelineContext.outputRoot),
            PipelineVariable.entry(PipelineVariable.manifestPath, PipelineContext.manifestPath),
            PipelineVariable.entry(PipelineVariable.genPackagePath, "."),
            PipelineVariable.entry(PipelineVariable.resourceGroup, context.resolved.resourceGroup),
        ]
        if let gateway = context.resolved.applicationGateway, !context.verifiedBackendPools.isEmpty {
            variables.append(PipelineVariable.entry(PipelineVariable.applicationGatewayName, gateway.name))
        }
        return variables + flow.variables(context)
    }

    private func stages(_ context: PipelineContext, _ flow: any DeliveryFlow) -> [YAMLNode] {
        let validate: YAMLNode = [
            "stage": .string(Self.validateStage),
            "displayName": "Validate",
            "jobs": [[
                "job": "validate",
                "displayName": .string("Validate the \(flow.format.rawValue) output"),
                "steps": .sequence(flow.validateSteps(context)),
            ]],
        ]
        var stages = [validate]
        var previous = Self.validateStage
        for environment in context.environments {
            stages.append(plan(context, flow, environment, after: previous))
            stages.append(apply(context, flow, environment))
            previous = environment.applyStage
        }
        return stages
    }

    private func plan(_ context: PipelineContext, _ flow: any DeliveryFlow, _ environment: PipelineEnvironment,
                      after previous: String) -> YAMLNode {
        [
            "stage": .string(environment.planStage),
            "displayName": .string("Plan \(environment.name)"),
            "dependsOn": .string(previous),
            "variables": .sequence(flow.stageVariables(environment)),
            "jobs": [[
                "job": "plan",
                "displayName": .string("Plan \(environment.name)"),
                "steps": .sequence(flow.planSteps(context, environment)),
            ]],
        ]
    }

    private func apply(_ context: PipelineContext, _ flow: any DeliveryFlow, _ environment: PipelineEnvironment) -> YAMLNode {
        var steps = [PipelineStep.download(environment)] + flow.applySteps(context, environment)
        if !context.verifiedBackendPools.isEmpty {
            steps.append(PipelineStep.verifyBackendHealth(pools: context.verifiedBackendPools))
        }
        return [
            "stage": .string(environment.applyStage),
            "displayName": .string("Apply \(environment.name)"),
            "dependsOn": .string(environment.planStage),
            "condition": .string("and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/\(Self.branch)'))"),
            "variables": .sequence(flow.stageVariables(environment)),
            "jobs": [[
                "deployment": "apply",
                "displayName": .string("Apply \(environment.name)"),
                "environment": .string(environment.name),
                "strategy": ["runOnce": ["deploy": ["steps": .sequence(steps)]]],
            ]],
        ]
    }

    private func header(_ context: PipelineContext, _ flow: any DeliveryFlow) -> [String] {
        let resolved = context.resolved
        var lines = [
            "Azure DevOps pipeline for \(resolved.name), generated by gen from \(PipelineContext.manifestPath).",
            "Do not edit: change the manifest, run `gen pipeline`, commit the result.",
            "",
            "Flow: \(flow.format.rawValue). Stages: \(Self.validateStage), then plan_<environment> and apply_<environment>",
            "for each environment in promotion order: \(context.environments.map(\.name).joined(separator: ", ")).",
            "Pull requests run \(Self.validateStage) and the first plan; apply runs only on \(Self.branch).",
            "",
            "Needs in the Azure DevOps project:",
            "- Service connection '\(context.settings.serviceConnection)': Azure Resource Manager with workload identity",
            "  federation (OIDC), no client secret; it deploys to resource group \(resolved.resourceGroup).",
        ]
        for environment in context.environments {
            let marker = environment.production && environment.name != "production" ? " (production)" : ""
            lines.append("- Environment '\(environment.name)'\(marker): approvals and checks go there.")
            let required = flow.requiredGroupVariables(context)
            lines.append("- Variable group '\(environment.variableGroup)' for this environment's values, defining:")
            lines += required.isEmpty ? ["    nothing required today."] : Self.wrapped(required, indent: "    ")
        }
        lines += [""] + flow.notes(context)
        if !context.verifiedBackendPools.isEmpty {
            lines.append("After each apply, every server of these backend pools must report Healthy:")
            lines += Self.wrapped(context.verifiedBackendPools, indent: "  ")
        }
        if context.usesDefaultSettings {
            lines += [
                "",
                "The manifest declares no Pipeline(...), so defaults apply: service connection",
                "'\(context.settings.serviceConnection)' (named after the deployment), flow terraform, and the Terraform",
                "state storage account from the variable group (\(PipelineVariable.stateResourceGroup),",
                "\(PipelineVariable.stateStorageAccount)).",
            ]
        }
        lines += [
            "",
            "Repository layout: the manifest at \(PipelineContext.manifestPath), gen's output under \(PipelineContext.outputRoot)/, and gen",
            "built from \(PipelineVariable.genPackagePath) with the agent's Swift 6 toolchain.",
        ]
        return lines
    }

    /// `items` joined with ", " into comment lines of at most `width` characters.
    static func wrapped(_ items: [String], indent: String, width: Int = 96) -> [String] {
        var lines: [String] = []
        var line = indent
        for (index, item) in items.enumerated() {
            let piece = item + (index == items.count - 1 ? "." : ",")
            if line != indent, line.count + 1 + piece.count > width {
                lines.append(line)
                line = indent
            }
            line += (line == indent ? "" : " ") + piece
        }
        return lines + [line]
    }
}
