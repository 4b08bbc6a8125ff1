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
    /// What the environments must supply, each input once.
    let requiredInputs: [DeliveryInput]
    /// What each environment must supply, by environment name.
    let environmentInputs: [String: [DeliveryInput]]

    static let branch = "main"
    static let validateJob = "validate"
    /// The Swift toolchain that builds gen on the agent (gen's package needs Swift 6).
    static let swiftVersion = "6.2.1"
    /// Creating API Management takes 30 to 60 minutes (Premium across zones longer): the jobs
    /// that may create it get this long instead of the platforms' 60 (Azure Pipelines) minutes.
    static let apiManagementTimeoutMinutes = 180

    /// - Parameter deliveryFormat: the format of the file being rendered (`pipeline`, `github`),
    ///   which Validate checks alongside the deployed one.
    init(_ resolved: ResolvedDeployment, deliveryFormat: OutputFormat) {
        let context = DeliveryContext(resolved)
        let flow = Self.flow(context.settings.flow, context)
        self.context = context
        self.flow = flow
        committedFormats = [flow.format, deliveryFormat] + flow.companionFormats
        var inputs: [String: [DeliveryInput]] = [:]
        var all: [DeliveryInput] = []
        for environment in context.environments {
            let required = flow.requiredInputs(context, environment)
            inputs[environment.name] = required
            all += required.filter { !all.contains($0) }
        }
        environmentInputs = inputs
        requiredInputs = all

        var variables = [
            DeliveryVariable(DeliveryVariable.outputRoot, .text(DeliveryContext.outputRoot)),
            DeliveryVariable(DeliveryVariable.manifestPath, .text(DeliveryContext.manifestPath)),
            DeliveryVariable(DeliveryVariable.genPackagePath, "."),
            DeliveryVariable(DeliveryVariable.swiftVersion, .text(Self.swiftVersion)),
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
        var previousPlan: String?
        let timeout = resolved.apiManagement == nil ? nil : Self.apiManagementTimeoutMinutes
        for environment in context.environments {
            let plan = DeliveryJob(
                id: environment.planJob, title: "Plan \(environment.name)", needs: previous, identity: .plan,
                steps: [.checkout] + DeliveryStep.requireInputs(inputs[environment.name] ?? [])
                    + flow.planSteps(context, environment) + [.publish(environment)])
            var applySteps = [DeliveryStep.download(environment)] + flow.applySteps(context, environment)
            if !context.verifiedBackendPools.isEmpty {
                applySteps.append(.verifyBackendHealth(pools: context.verifiedBackendPools))
            }
            let apply = DeliveryJob(id: environment.applyJob, title: "Apply \(environment.name)",
                                    needs: environment.planJob, identity: .deploy, timeoutMinutes: timeout, steps: applySteps)
            releases.append(DeliveryRelease(environment: environment, variables: Self.environmentVariables(environment, context) + flow.environmentVariables(environment),
                                            plan: plan, apply: apply, changes: flow.planChanges,
                                            previousPlan: flow.planChanges == nil ? nil : previousPlan))
            previous = environment.applyJob
            previousPlan = environment.planJob
        }
        self.releases = releases
    }

    /// Where an environment deploys and, when it has its own, the connections it signs in with
    /// (they override the run's settings in its stage).
    static func environmentVariables(_ environment: DeliveryEnvironment, _ context: DeliveryContext) -> [DeliveryVariable] {
        var variables = [DeliveryVariable(DeliveryVariable.resourceGroup, .text(environment.resourceGroup))]
        if environment.serviceConnection != context.settings.serviceConnection {
            variables.append(DeliveryVariable(AzurePipelinesStep.serviceConnection, .text(environment.serviceConnection)))
        }
        if environment.planServiceConnection != context.settings.planIdentity {
            variables.append(DeliveryVariable(AzurePipelinesStep.planServiceConnection, .text(environment.planServiceConnection)))
        }
        return variables
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

    /// The roles of the identity that deploys: creating role assignments (Key Vault Secrets User
    /// for the managed identities) needs more than Contributor.
    static let deployRoles = "Contributor and Role Based Access Control Administrator (or User Access Administrator; "
        + "Contributor alone cannot create role assignments)"

    /// `text` in comment lines of at most `width` characters: the first starts with `first`,
    /// the others with `indent`.
    static func prose(_ text: String, first: String, indent: String, width: Int = 96) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let lead = lines.isEmpty ? first : indent
            if !line.isEmpty, lead.count + line.count + 1 + word.count > width {
                lines.append(lead + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [(lines.isEmpty ? first : indent) + line]
    }

    /// The header lines on how the pipeline gets gen.
    static func genNote(variable: String, swift: String) -> [String] {
        [
            "gen is built from \(variable): '.' when this repository is gen's package, or the folder of a",
            "Package.swift that depends on gen (a repository holding only Deployment.swift adds one, e.g.",
            "tools/gen/Package.swift with .package(url: <gen's repository>, exact: <version>)); `swift build",
            "--product gen` builds it either way. Swift \(swiftVersion) (\(swift)) comes from swift.org; the toolchain",
            "and gen's .build are cached.",
        ]
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

    /// The Key Vault bootstrap the first run depends on; the pipeline does not run it: it needs
    /// the PFX files and officer roles on the vault that the pipeline's identity should not hold.
    static func bootstrapNote(_ context: DeliveryContext) -> [String] {
        let vaults = context.resolved.keyVaultBootstraps.map(\.vault.name)
        guard !vaults.isEmpty else { return [] }
        return ["", "Prerequisite, once per subscription: the Key Vault bootstrap fills \(vaults.joined(separator: ", ")) before the first run.",
                "Run powershell/bootstrap-keyvault.ps1 (see the runbook); it creates the resource group and vault and imports the certificates."]
    }

    static func healthCheckNote(_ context: DeliveryContext) -> [String] {
        guard !context.verifiedBackendPools.isEmpty else { return [] }
        return ["After each apply, every server of these backend pools must report Healthy:"]
            + wrapped(context.verifiedBackendPools, indent: "  ")
    }
}
