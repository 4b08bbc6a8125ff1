import DSL

/// The script's `param()` block: the environment when the manifest declares some, subscription,
/// resource group, region and the main resource names, one path parameter per certificate file
/// and API definition file, and one `[SecureString]` per secret input.
struct ScriptInputs {
    private(set) var parameters: [PSParameter] = []
    /// Manifest file path → parameter name.
    private var pathParameters: [String: String] = [:]
    /// Secret input name → parameter name.
    private var secretParameters: [String: String] = [:]
    /// Secret parameters only some environments need (so not mandatory), with those environments.
    private(set) var environmentSecrets: [(parameter: String, environments: [String])] = []
    /// File path parameters only some environments read, with those environments: the others
    /// need not have the file.
    private(set) var environmentPaths: [String: [String]] = [:]

    static let environment = "Environment"

    init(_ resolved: ResolvedDeployment) {
        let deployment = resolved.deployment
        // With environments, only what the environments deploy: the declared values are the
        // environments' shared defaults, not a deployment of their own.
        let deployed = resolved.environments.isEmpty ? [deployment] : resolved.environments.map(\.deployment.deployment)
        if !resolved.environments.isEmpty {
            let names = resolved.environments.map(\.name)
            parameters.append(PSParameter(
                Self.environment, mandatory: true, validateSet: names,
                help: ScriptIdioms.wrap("The environment to deploy (\(names.joined(separator: ", "))): the script reads the values that differ between environments from the $environments table.", width: 92)))
        }
        func perEnvironment(_ kind: EnvironmentParameter.Kind) -> String? {
            guard let parameter = resolved.environmentParameters.first(where: { $0.kind == kind }) else { return nil }
            let values = parameter.values.map { value -> String in
                if case .text(let text) = value.value { "\(value.environment): \(text)" } else { value.environment }
            }
            return " The selected environment's when omitted (\(values.joined(separator: ", ")))."
        }
        let subscription = perEnvironment(.subscription)
        parameters.append(PSParameter(
            "SubscriptionId", defaultValue: subscription == nil ? deployment.subscription.map { .string($0) } : nil,
            help: ScriptIdioms.wrap(subscription.map { "Subscription to deploy into." + $0 } ?? (deployment.subscription == nil
                ? "Subscription to deploy into; the current Az context's subscription when omitted."
                : "Subscription to deploy into."), width: 92)))
        let resourceGroup = perEnvironment(.resourceGroup)
        parameters.append(PSParameter("ResourceGroupName", defaultValue: resourceGroup == nil ? .string(deployment.resourceGroup) : nil,
                                      help: ScriptIdioms.wrap("Resource group that holds every resource of the deployment." + (resourceGroup ?? ""), width: 92)))
        parameters.append(PSParameter("Location", defaultValue: .string(deployment.region.name),
                                      help: "Azure region of the resource group and its resources."))
        if let apim = deployment.apiManagement {
            let name = perEnvironment(.apiManagementName)
            parameters.append(PSParameter("ApiManagementName", defaultValue: name == nil ? .string(apim.name) : nil,
                                          help: ScriptIdioms.wrap("Name of the API Management service; globally unique." + (name ?? ""), width: 92)))
        }
        if let gateway = deployment.applicationGateway {
            parameters.append(PSParameter("ApplicationGatewayName", defaultValue: .string(gateway.name),
                                          help: "Name of the Application Gateway."))
        }
        var files: [InputFile] = []
        for file in deployed.flatMap(\.inputFiles) where !files.contains(where: { $0.path == file.path }) { files.append(file) }
        // A password shared by several files (one per environment) cannot name them all.
        var filesPerPassword: [SecretReference: Int] = [:]
        for file in files { if case .pfx(let password) = file.kind { filesPerPassword[password, default: 0] += 1 } }
        for file in files {
            let name: String
            if case .apiDefinition(let api, _) = file.kind {
                name = unique(PSNaming.pascalCase(api) + "DefinitionPath")
            } else if case .pfx(let password) = file.kind, filesPerPassword[password] == 1 {
                name = unique(Self.pathParameterName(file.path, password: password))
            } else {
                name = unique(Self.pathParameterName(file.path, password: nil))
            }
            pathParameters[file.path] = name
            let reading = resolved.environments.filter { $0.deployment.deployment.inputFiles.contains { $0.path == file.path } }.map(\.name)
            if reading.count < resolved.environments.count { environmentPaths[name] = reading }
            parameters.append(PSParameter(name, defaultValue: Self.besideScript(resolved.inputPath(file.path)), help: ScriptIdioms.wrap(
                "\(file.purpose) The default is \(file.path) next to Deployment.swift, found from this script's folder; a relative path resolves against the current directory.",
                width: 92)))
        }
        let secretsByEnvironment = resolved.environments.map { ($0.name, $0.deployment.secretInputs.map(\.name)) }
        var secrets: [SecretInput] = []
        for secret in resolved.environments.isEmpty ? resolved.secretInputs : resolved.environments.flatMap(\.deployment.secretInputs)
        where !secrets.contains(where: { $0.name == secret.name }) {
            secrets.append(secret)
        }
        for secret in secrets {
            let name = unique(PSNaming.pascalCase(secret.name))
            secretParameters[secret.name] = name
            let needing = secretsByEnvironment.filter { $0.1.contains(secret.name) }.map(\.0)
            let everywhere = needing.count == secretsByEnvironment.count
            if !everywhere { environmentSecrets.append((name, needing)) }
            parameters.append(PSParameter(name, type: "SecureString", mandatory: everywhere, help: everywhere ? secret.description
                : ScriptIdioms.wrap("\(secret.description) Required for \(needing.joined(separator: ", ")).", width: 92)))
        }
    }

    /// Parameters holding file paths, in declaration order.
    var pathParameterNames: [String] { parameters.map(\.name).filter { pathParameters.values.contains($0) } }

    /// The name of the parameter that carries a manifest file path.
    func pathParameterName(_ manifestPath: String) -> String? { pathParameters[manifestPath] }

    /// The parameter that carries a manifest file path.
    func path(_ manifestPath: String) -> PSExpression { .variable(pathParameters[manifestPath] ?? "MissingPath") }

    /// A `[SecureString]` for a password: its parameter, or the Key Vault secret's value.
    func password(_ reference: SecretReference) -> PSExpression {
        switch reference {
        case .parameter(let name):
            return .variable(secretParameters[name] ?? PSNaming.pascalCase(name))
        case .keyVaultSecret(let vault, let secret):
            return Self.keyVaultSecret(vault: .string(vault), secret: .string(secret))
        }
    }

    /// A Key Vault secret's value, as a `[SecureString]`.
    static func keyVaultSecret(vault: PSExpression, secret: PSExpression) -> PSExpression {
        .member(.command(PSCommand("Get-AzKeyVaultSecret", [.named("VaultName", vault), .named("Name", secret)])), "SecretValue")
    }

    private mutating func unique(_ name: String) -> String {
        var candidate = name, counter = 2
        while parameters.contains(where: { $0.name.lowercased() == candidate.lowercased() }) {
            candidate = name + String(counter)
            counter += 1
        }
        return candidate
    }

    /// `gatewayCertPfxPassword` → `GatewayCertPfxPath` (the walkthrough's pairing); otherwise
    /// from the file name: `certificates/trustedroot.cer` → `TrustedrootCerPath`.
    static func pathParameterName(_ path: String, password: SecretReference?) -> String {
        if case .parameter(let name)? = password, name.hasSuffix("Password"), name.count > "Password".count {
            return PSNaming.pascalCase(String(name.dropLast("Password".count))) + "Path"
        }
        let fileName = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
        return PSNaming.pascalCase(fileName) + "Path"
    }

    /// `(Join-Path -Path $PSScriptRoot -ChildPath '<path>')`: a path from the script's folder,
    /// wherever the script is run from; absolute paths stay as they are.
    static func besideScript(_ path: String) -> PSExpression {
        path.hasPrefix("/") ? .string(path)
            : .paren(.command(PSCommand("Join-Path", [.named("Path", .variable("PSScriptRoot")), .named("ChildPath", .string(path))])))
    }
}
