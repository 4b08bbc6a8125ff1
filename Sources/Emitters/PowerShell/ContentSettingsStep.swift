import DSL

/// The API Management context the content cmdlets work in, then named values (plain, secret
/// from a `[SecureString]` parameter, or read from Key Vault with an identity), certificates
/// (from Key Vault), backends and loggers: everything APIs and policies refer to by name.
extension DeployScript {
    var content: APIManagementContent { deployment.apiManagement?.content ?? APIManagementContent() }

    static let apimContext: PSExpression = .variable("apimContext")
    static let inContext: PSArgument = .named("Context", apimContext)

    /// `$apimContext = New-AzApiManagementContext …`, opening the first content step.
    var contextStatement: PSStatement {
        .assign(Self.apimContext, .command(PSCommand("New-AzApiManagementContext", [
            ScriptIdioms.resourceGroup, .named("ServiceName", apiManagementName),
        ])))
    }

    /// The steps that deploy the service's content, the first one opening the context.
    var contentSteps: [ScriptStep] {
        var steps = [contentSettingsStep, apisStep, policiesStep].compactMap { $0 }
        if !steps.isEmpty { steps[0].statements.insert(contextStatement, at: 0) }
        return steps
    }

    var contentSettingsStep: ScriptStep? {
        let loggers = content.loggers.filter { Self.loggerType($0) != nil }
        guard let apim = deployment.apiManagement else { return nil }
        var statements = signUp(apim)
        statements += content.namedValues.flatMap(namedValue)
        statements += content.certificates.flatMap(certificate)
        statements += content.backends.flatMap(backend)
        statements += loggers.flatMap(logger)
        let parts = ["portal sign-up"] + (content.namedValues.isEmpty ? [] : ["named values"]) + (content.certificates.isEmpty ? [] : ["certificates"])
            + (content.backends.isEmpty ? [] : ["backends"]) + (loggers.isEmpty ? [] : ["loggers"])
        let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        return ScriptStep(title: "API Management \(list)", statements: statements)
    }

    /// The developer portal's self sign-up, off unless the manifest asks for it; the
    /// Az.ApiManagement cmdlets have no command for it, so through the management API.
    private func signUp(_ apim: APIManagement) -> [PSStatement] {
        [ScriptIdioms.comment(apim.developerPortalSignUp ? "Anyone may create a developer portal account (the manifest asks for it)." : "Developer portal accounts are invited: nobody signs up on their own.")]
            + ManagementRequest.put("developer portal sign-up settings", target: apiManagementName, path: "portalsettings/signup", properties: [
                PSHashEntry("enabled", .bool(apim.developerPortalSignUp)),
                PSHashEntry("termsOfService", .hashtable([PSHashEntry("enabled", .bool(false)), PSHashEntry("consentRequired", .bool(false))])),
            ])
    }

    /// A certificate the service reads from Key Vault; the identity's role on the vault was
    /// granted in an earlier step.
    private func certificate(_ certificate: APIManagementCertificate) -> [PSStatement] {
        let source = certificate.keyVault
        let keyVault = PSCommand("New-AzApiManagementKeyVaultObject", [.named("SecretIdentifier", .string(source.secretIdentifier))]
            + (source.identity.userAssignedName.map { [.named("IdentityClientId", .member(ScriptIdioms.item("identities", $0), "ClientId"))] } ?? []))
        return ScriptIdioms.createIfMissing(
            "certificate", target: .string(certificate.name),
            get: PSCommand("Get-AzApiManagementCertificate", [Self.inContext, .named("CertificateId", .string(certificate.name))]),
            create: PSCommand("New-AzApiManagementCertificate", [Self.inContext, .named("CertificateId", .string(certificate.name)), .named("KeyVault", .command(keyVault))]))
    }

    /// Created when missing; on a rerun, updated only when its value (or Key Vault secret)
    /// differs from the manifest's.
    private func namedValue(_ namedValue: NamedValue) -> [PSStatement] {
        environment.statements(.namedValue(namedValue.name)) { variant in
            let id = PSArgument.named("NamedValueId", .string(namedValue.name))
            var arguments: [PSArgument] = [Self.inContext, id, .named("Name", .string(namedValue.name))]
            var statements: [PSStatement] = []
            let existing = PSExpression.variable("existing")
            let differs: PSExpression
            var update: [PSStatement]
            func set(_ value: PSExpression, secret: Bool) -> [PSStatement] {
                [.assign(.null, .command(PSCommand("Set-AzApiManagementNamedValue", [Self.inContext, id, .named("Value", value)]
                    + (secret ? [.named("Secret", .bool(true))] : []))))]
            }
            switch NamedValueArguments(namedValue.value, variant: variant, inputs: inputs) {
            case .plain(let text):
                arguments.append(.named("Value", text))
                differs = .binary(.member(existing, "Value"), "-cne", text)
                update = set(text, secret: false)
            case .secret(let secure):
                statements.append(ScriptIdioms.comment("The cmdlet takes the secret as text; it stays in memory and API Management stores it as a secret."))
                arguments += [.named("Value", Self.plainText(secure)), .switch("Secret")]
                let stored = PSExpression.member(.paren(.command(PSCommand("Get-AzApiManagementNamedValueSecretValue", [Self.inContext, id]))), "Value")
                // Reading the stored secret needs more than the read-only identity -WhatIf runs with.
                differs = .binary(.not(.variable("WhatIfPreference")), "-and", .binary(stored, "-cne", Self.plainText(secure)))
                update = set(Self.plainText(secure), secret: true)
            case .publicIPAddress(let ip):
                let address = PSExpression.member(.index(.variable("publicIPs"), ip), "IpAddress")
                arguments.append(.named("Value", address))
                differs = .binary(.member(existing, "Value"), "-cne", address)
                update = set(address, secret: false)
            case .keyVault(let secretIdentifier, let identity):
                let clientID = identity.map { PSExpression.member(.index(.variable("identities"), $0), "ClientId") }
                arguments += [
                    .named("KeyVault", .command(PSCommand("New-AzApiManagementKeyVaultObject",
                        [.named("SecretIdentifier", secretIdentifier)] + (clientID.map { [.named("IdentityClientId", $0)] } ?? [])))),
                    .switch("Secret"),
                ]
                differs = .binary(.member(.member(existing, "KeyVault"), "SecretIdentifier"), "-ne", secretIdentifier)
                // Set-AzApiManagementNamedValue takes no Key Vault reference: the update goes through the REST API.
                var keyVault = [PSHashEntry("secretIdentifier", secretIdentifier)]
                if let clientID { keyVault.append(PSHashEntry("identityClientId", clientID)) }
                update = ManagementRequest.send("named value", path: "namedValues/\(namedValue.name)", properties: [
                    PSHashEntry("displayName", .string(namedValue.name)), PSHashEntry("secret", .bool(true)),
                    PSHashEntry("keyVault", .hashtable(keyVault)),
                ])
            }
            return statements + [
                .assign(existing, .command(PSCommand("Get-AzApiManagementNamedValue", [Self.inContext, id, ScriptIdioms.silently]))),
                .if([
                    PSConditional(ScriptIdioms.isNull(existing), [
                        ScriptIdioms.whenApproved(.string(namedValue.name), "Create named value", [
                            .assign(.null, .command(PSCommand("New-AzApiManagementNamedValue", arguments))),
                        ]),
                    ]),
                    PSConditional(differs, [ScriptIdioms.whenApproved(.string(namedValue.name), "Update named value", update)]),
                ], else: nil),
            ]
        }
    }

    /// The text of a `[SecureString]`, for cmdlets that take secrets as strings.
    static func plainText(_ secure: PSExpression) -> PSExpression {
        .member(.call(.staticMember(type: "System.Net.NetworkCredential", name: "new"), [.string(""), secure]), "Password")
    }

    private func backend(_ backend: APIBackend) -> [PSStatement] {
        var arguments: [PSArgument] = [
            Self.inContext, .named("BackendId", .string(backend.name)),
            .named("Url", .string(backend.url)), .named("Protocol", .bareword(backend.protocol.rawValue)),
        ]
        if let description = backend.description { arguments.append(.named("Description", .string(description))) }
        let credentials = backend.credentials
        if !credentials.isEmpty {
            var credential: [PSArgument] = []
            if !credentials.headers.isEmpty { credential.append(.named("Header", Self.credentialTable(credentials.headers))) }
            if !credentials.query.isEmpty { credential.append(.named("Query", Self.credentialTable(credentials.query))) }
            if let authorization = credentials.authorization {
                credential += [
                    .named("AuthorizationHeaderScheme", .string(authorization.scheme)),
                    .named("AuthorizationHeaderParameter", .string(authorization.parameter.description)),
                ]
            }
            if !credentials.certificates.isEmpty { credential.append(.named("CertificateId", ScriptIdioms.strings(credentials.certificates))) }
            arguments.append(.named("Credential", .command(PSCommand("New-AzApiManagementBackendCredential", credential))))
        }
        arguments += [
            .named("SkipCertificateChainValidation", .bool(!backend.tls.validateCertificateChain)),
            .named("SkipCertificateNameValidation", .bool(!backend.tls.validateCertificateName)),
        ]
        return ScriptIdioms.createIfMissing(
            "backend", target: .string(backend.name),
            get: PSCommand("Get-AzApiManagementBackend", [Self.inContext, .named("BackendId", .string(backend.name))]),
            create: PSCommand("New-AzApiManagementBackend", arguments))
    }

    /// Header or query credentials: each name with its values.
    static func credentialTable(_ items: [BackendCredentialItem]) -> PSExpression {
        .hashtable(items.map { PSHashEntry($0.name, .array($0.values.map { .string($0.description) })) })
    }

    /// The REST `loggerType`; nil for Azure Monitor, whose logger every service has built in.
    static func loggerType(_ logger: APILogger) -> String? {
        switch logger.destination {
        case .applicationInsights: "applicationInsights"
        case .eventHub: "azureEventHub"
        case .azureMonitor: nil
        }
    }

    /// The logger's id inside the service: the built-in `azuremonitor`, or its declared name.
    static func loggerID(_ logger: APILogger) -> String {
        loggerType(logger) == nil ? "azuremonitor" : logger.name
    }

    private func logger(_ logger: APILogger) -> [PSStatement] {
        guard let type = Self.loggerType(logger) else { return [] }
        var properties: [PSHashEntry] = [PSHashEntry("loggerType", .string(type))]
        if let description = logger.description { properties.append(PSHashEntry("description", .string(description))) }
        let comment: String
        switch logger.destination {
        case .applicationInsights(let component, let connectionString):
            comment = "Application Insights \(component) through a connection string kept in a named value (the cmdlet only takes an instrumentation key)."
            properties.append(PSHashEntry("credentials", .hashtable([PSHashEntry("connectionString", .string(connectionString.description))])))
        case .eventHub(let namespace, let eventHub, let identity):
            comment = "Event Hub \(eventHub) through a managed identity, no connection string (the cmdlet only takes a connection string)."
            properties.append(PSHashEntry("credentials", .hashtable([
                PSHashEntry("name", .string(eventHub)),
                PSHashEntry("endpointAddress", .string("\(namespace).servicebus.windows.net")),
                PSHashEntry("identityClientId", identity.map { .member(ScriptIdioms.item("identities", $0), "ClientId") } ?? .string("SystemAssigned")),
            ])))
        case .azureMonitor:
            return []
        }
        return [ScriptIdioms.comment(comment)]
            + ManagementRequest.put("logger", target: .string(logger.name), path: "loggers/\(logger.name)", properties: properties)
    }
}
