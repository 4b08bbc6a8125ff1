import DSL

/// Everything delivery derives from the resolved deployment, for every CI platform: the
/// delivery settings (the manifest's `Pipeline(...)` or the documented defaults), the
/// environments in promotion order and the repository layout the generated pipelines assume.
struct DeliveryContext: Sendable {
    let resolved: ResolvedDeployment
    let settings: PipelineSettings
    /// True when the manifest declares no `Pipeline(...)` and the defaults apply.
    let usesDefaultSettings: Bool
    let environments: [DeliveryEnvironment]

    /// The manifest path and gen's output root, relative to the repository root (gen's defaults).
    static let manifestPath = "Deployment.swift"
    static let outputRoot = "out"
    /// The blob container of the Terraform state when the manifest names no remote state.
    static let defaultStateContainer = "tfstate"

    init(_ resolved: ResolvedDeployment) {
        self.resolved = resolved
        if let declared = resolved.pipeline {
            settings = declared
            usesDefaultSettings = false
        } else {
            settings = PipelineSettings(
                serviceConnection: Self.defaultServiceConnection(for: resolved.name),
                flow: .terraform, remoteState: nil, location: resolved.location)
            usesDefaultSettings = true
        }
        environments = Self.environments(of: resolved, settings: settings, stateKey: settings.remoteState?.key ?? "\(resolved.name).tfstate")
    }

    /// `sc-<deployment>`: the service connection name a manifest without `Pipeline(...)` gets.
    static func defaultServiceConnection(for deployment: String) -> String { "sc-" + deployment }

    /// The declared environments in promotion order, or one implicit environment named after the
    /// deployment (`production` when the deployment is marked production).
    static func environments(of resolved: ResolvedDeployment, settings: PipelineSettings, stateKey: String) -> [DeliveryEnvironment] {
        let declared = resolved.deployment.environments.isEmpty
            ? [DeploymentEnvironment(name: resolved.production ? "production" : resolved.name,
                                     production: resolved.production, location: resolved.location)]
            : resolved.deployment.environments
        var used: Set<String> = []
        return declared.map { environment in
            let identifier = uniqueIdentifier(for: environment.name, avoiding: &used)
            let resolvedEnvironment = resolved.environments.first { $0.name == environment.name }
            return DeliveryEnvironment(
                name: environment.name,
                production: environment.production,
                identifier: identifier,
                variableGroup: environment.name == resolved.name ? resolved.name : "\(resolved.name)-\(environment.name)",
                artifact: "release_" + identifier,
                // Prefixed like the Terraform emitter's environments/<env>.backend.hcl.
                stateKey: resolved.deployment.environments.isEmpty ? stateKey : "\(environment.name)/\(stateKey)",
                resourceGroup: resolvedEnvironment?.resourceGroup ?? resolved.resourceGroup,
                serviceConnection: resolvedEnvironment?.applyIdentity(settings) ?? settings.serviceConnection,
                planServiceConnection: resolvedEnvironment?.planIdentity(settings) ?? settings.planIdentity,
                apiManagementName: (resolvedEnvironment?.deployment ?? resolved).apiManagement?.name,
                secretInputs: (resolvedEnvironment?.deployment ?? resolved).secretInputs.map(\.name))
        }
    }

    /// Letters, digits and `_` only (what stage and job names allow), starting with a letter or
    /// `_`, suffixed `_2`, `_3`, … when two names collapse to the same identifier.
    static func uniqueIdentifier(for name: String, avoiding used: inout Set<String>) -> String {
        var base = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        if base.isEmpty || base.first!.isNumber { base = "_" + base }
        var candidate = base
        var counter = 2
        while used.contains(candidate.lowercased()) {
            candidate = "\(base)_\(counter)"
            counter += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    /// The PFX files the deployment reads, each from an Azure DevOps secure file or a GitHub
    /// secret (base64), never from the repository, with the manifest path it stands for.
    var secureFiles: [(file: DeliverySecureFile, path: String)] {
        resolved.allInputFiles.filter(\.isSecret).map { input in
            let base = input.path.split(separator: "/").last.map(String.init) ?? input.path
            let file = DeliverySecureFile(fileName: "\(resolved.name)-\(base)", id: "secureFile_" + SnakeCase.identifier(base),
                                          secret: SnakeCase.identifier(base).uppercased() + "_BASE64")
            return (file, input.path)
        }
    }

    /// A download step per secure file, for each job that deploys or previews.
    var secureFileSteps: [DeliveryStep] {
        secureFiles.map { DeliveryStep("Download \($0.file.fileName)", .secureFile($0.file)) }
    }

    /// Where the PFX files come from, in the platform's words; nothing without PFX files.
    func secureFileNotes(on platform: DeliveryPlatform) -> [String] {
        let files = secureFiles.map(\.file)
        guard !files.isEmpty else { return [] }
        switch platform {
        case .azurePipelines:
            return ["PFX files: secure files (Library > Secure files, authorized for this pipeline), never the repository:",
                    "  " + files.map(\.fileName).joined(separator: ", ") + "."]
        case .githubActions:
            return ["PFX files: the environment's secrets, each the file as base64 (base64 -w0 FILE.pfx), never the repository:",
                    "  " + files.map(\.secret).joined(separator: ", ") + "."]
        }
    }

    /// Header lines on the files Plan stages for Apply besides gen's output.
    var stagedInputNotes: [String] {
        let files = stagedInputs
        guard !files.isEmpty else { return [] }
        return ["Files next to the manifest that the deployment reads, staged with the output for Apply:",
                "  " + files.joined(separator: ", ") + "."]
    }

    /// The input files Apply needs besides the output folders, relative to the checkout (the
    /// manifest's folder): certificates without a private key and API definitions. PFX files
    /// come from secure files instead (`secureFiles`).
    var stagedInputs: [String] {
        resolved.allInputFiles.filter { !$0.isSecret && !$0.path.hasPrefix("/") }.map(\.path)
    }

    /// The pools whose backend health proves the deployment works: every pool with a target
    /// (an empty pool is the gateway's dead end for unpublished paths and has no servers).
    var verifiedBackendPools: [String] {
        resolved.applicationGateway?.backendPools.filter { !$0.targets.isEmpty }.map(\.name) ?? []
    }
}
