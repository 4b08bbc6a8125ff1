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
        parameters.append(PSParameter(
            "SubscriptionId", defaultValue: deployment.subscription.map { .string($0) },
            help: deployment.subscription == nil
                ? "Subscription to deploy into; the current Az context's subscription when omitted."
                : "Subscription to deploy into."))
        parameters.append(PSParameter("ResourceGroupName", defaultValue: .string(deployment.resourceGroup),
                                      help: "Resource group that holds every resource of the deployment."))
        parameters.append(PSParameter("Location", defaultValue: .string(deployment.region.name),
                                      help: "Azure region of the resource group and its resources."))
        if let apim = deployment.apiManagement {
            parameters.append(PSParameter("ApiManagementName", defaultValue: .string(apim.name),
                                          help: "Name of the API Management service; globally unique."))
        }
        if let gateway = deployment.applicationGateway {
            parameters.append(PSParameter("ApplicationGatewayName", defaultValue: .string(gateway.name),
                                          help: "Name of the Application Gateway."))
        }
        var files: [(path: String, password: SecretReference?, purpose: String)] = []
        for file in deployed.flatMap(Self.certificateFiles(of:)) where !files.contains(where: { $0.path == file.path }) { files.append(file) }
        for file in files {
            let name = unique(Self.pathParameterName(file.path, password: file.password))
            pathParameters[file.path] = name
            parameters.append(PSParameter(name, defaultValue: .string(file.path), help: ScriptIdioms.wrap(
                "\(file.purpose) A relative path resolves against the current directory; the default is the path the manifest gives, relative to Deployment.swift.",
                width: 92)))
        }
        for api in deployment.apiManagement?.content.apis ?? [] {
            guard let definition = api.definition, definition.format != .graphQL, pathParameters[definition.path] == nil else { continue }
            let name = unique(PSNaming.pascalCase(api.name) + "DefinitionPath")
            pathParameters[definition.path] = name
            parameters.append(PSParameter(name, defaultValue: .string(definition.path), help: ScriptIdioms.wrap(
                "The \(definition.format.rawValue) definition the API \(api.name) is imported from. A relative path resolves against the current directory; the default is the path the manifest gives, relative to Deployment.swift.",
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

    /// Every certificate file the deployment reads, once each, in first-use order.
    static func certificateFiles(of deployment: Deployment) -> [(path: String, password: SecretReference?, purpose: String)] {
        var files: [(path: String, password: SecretReference?, purpose: String)] = []
        func add(_ path: String, _ password: SecretReference?, _ purpose: String) {
            if !files.contains(where: { $0.path == path }) { files.append((path, password, purpose)) }
        }
        for hostname in deployment.apiManagement?.hostnames ?? [] {
            if case .pfx(let path, let password) = hostname.certificate {
                add(path, password, "PFX file with the certificate and private key for \(hostname.hostName).")
            }
        }
        for certificate in deployment.applicationGateway?.certificates ?? [] {
            if case .pfx(let path, let password) = certificate.source {
                add(path, password, "PFX file of the gateway certificate \(certificate.name).")
            }
        }
        for root in deployment.applicationGateway?.trustedRootCertificates ?? [] {
            if case .cerFile(let path) = root.source {
                add(path, nil, "CER file of the root certificate \(root.name) the gateway trusts for backend TLS.")
            }
        }
        return files
    }
}
