import DSL

/// The platform-neutral delivery of a deployment, built once from the resolved model: settings,
/// a Validate job, then a Plan and an Apply job per environment in promotion order, each job a
/// list of typed steps. `PipelineEmitter` renders it as Azure Pipelines YAML and
/// `GitHubWorkflowEmitter` as a GitHub Actions workflow; neither re-derives the flow.
struct DeliveryPlan: Sendable {
    let context: DeliveryContext
    let flow: any DeliveryFlow
    /// The gen formats whose committed folders Validate proves current and whose changes
    /// trigger a run: the deployed format, the delivery file's own format, the companions.
    let committedFormats: [OutputFormat]
    /// Settings of the whole run.
    let variables: [DeliveryVariable]
    let validate: DeliveryJob
    let releases: [DeliveryRelease]
    /// What each environment must supply.
    let requiredInputs: [DeliveryInput]

    static let branch = "main"
    static let validateJob = "validate"

    /// - Parameter deliveryFormat: the format of the file being rendered (`pipeline`, `github`),
    ///   which Validate checks alongside the deployed one.
    init(_ resolved: ResolvedDeployment, deliveryFormat: OutputFormat) {
        let context = DeliveryContext(resolved)
        let flow = Self.flow(context.settings.flow, context)
        self.context = context
        self.flow = flow
        committedFormats = [flow.format, deliveryFormat] + flow.companionFormats
        requiredInputs = flow.requiredInputs(context)

        var variables = [
            DeliveryVariable(DeliveryVariable.outputRoot, .text(DeliveryContext.outputRoot)),
            DeliveryVariable(DeliveryVariable.manifestPath, .text(DeliveryContext.manifestPath)),
            DeliveryVariable(DeliveryVariable.genPackagePath, "."),
            DeliveryVariable(DeliveryVariable.resourceGroup, .text(resolved.resourceGroup)),
        ]
        if let gateway = resolved.applicationGateway, !context.verifiedBackendPools.isEmpty {
            variables.append(DeliveryVariable(DeliveryVariable.applicationGatewayName, .text(gateway.name)))
        }
        self.variables = variables + flow.variables(context)

        validate = DeliveryJob(
            id: Self.validateJob, title: "Validate the \(flow.format.rawValue) output", needs: nil,
            steps: [.checkout] + DeliveryStep.genChecks(committedFormats) + flow.validateSteps(context))

        var releases: [DeliveryRelease] = []
        var previous = Self.validateJob
        for environment in context.environments {
            let plan = DeliveryJob(
                id: environment.planJob, title: "Plan \(environment.name)", needs: previous,
                steps: [.checkout] + DeliveryStep.requireInputs(requiredInputs)
                    + flow.planSteps(context, environment) + [.publish(environment)])
            var applySteps = [DeliveryStep.download(environment)] + flow.applySteps(context, environment)
            if !context.verifiedBackendPools.isEmpty {
                applySteps.append(.verifyBackendHealth(pools: context.verifiedBackendPools))
            }
            let apply = DeliveryJob(id: environment.applyJob, title: "Apply \(environment.name)",
                                    needs: environment.planJob, steps: applySteps)
            releases.append(DeliveryRelease(environment: environment, variables: flow.environmentVariables(environment),
                                            plan: plan, apply: apply))
            previous = environment.applyJob
        }
        self.releases = releases
    }

    static func flow(_ flow: PipelineSettings.Flow, _ context: DeliveryContext) -> any DeliveryFlow {
        switch flow {
        case .terraform: TerraformFlow(remoteState: context.settings.remoteState)
        case .bicep: TemplateFlow.bicep
        case .arm: TemplateFlow.arm
        case .powershell: PowerShellFlow()
        }
    }

    /// Every step of every job, in order.
    var allSteps: [DeliveryStep] {
        validate.steps + releases.flatMap { $0.plan.steps + $0.apply.steps }
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

    /// The header lines naming the backend pools verified after each apply, on every platform.
    /// The preview features the subscription must have registered before the first run.
    static func featureNote(_ context: DeliveryContext) -> [String] {
        context.resolved.requiredFeatures.flatMap { feature in
            ["", "Prerequisite, once per subscription: the preview feature \(feature.namespace)/\(feature.name).",
             feature.reason,
             "  Register-AzProviderFeature -FeatureName \(feature.name) -ProviderNamespace \(feature.namespace)"]
        }
    }

    static func healthCheckNote(_ context: DeliveryContext) -> [String] {
        guard !context.verifiedBackendPools.isEmpty else { return [] }
        return ["After each apply, every server of these backend pools must report Healthy:"]
            + wrapped(context.verifiedBackendPools, indent: "  ")
    }
}
