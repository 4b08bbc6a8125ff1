import DSL

/// `apim_settings.tf`: what API Management's APIs and policies lean on — named values (plain,
/// secret from a sensitive variable, or read from Key Vault with an identity), certificates, backends,
/// loggers and diagnostics.
extension TerraformContext {
    var serviceSettingsFile: HCLFile {
        guard deployment.apiManagement != nil else { return HCLFile([]) }
        var items: [HCLBodyItem] = content.namedValues.map(namedValue)
        items += content.certificates.map(certificate)
        items += content.backends.map(backend)
        items += content.loggers.filter(hasLoggerResource).map(logger)
        items += content.diagnostics.compactMap(diagnostic)
        return HCLFile(items)
    }

    private func namedValue(_ namedValue: NamedValue) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("name", .string(namedValue.name))] + inService + [
            TF.attr("display_name", .string(namedValue.name)),
        ]
        var dependencies: [HCLExpression] = []
        if let variable = environment.namedValueVariable(namedValue.name) {
            body.append(TF.attr("value", variable.reference))
            if variable.sensitive { body.append(TF.attr("secret", true)) }
            return TF.resource(Self.namedValueResource, names.content.namedValue(namedValue.name), body)
        }
        switch namedValue.value {
        case .plain(let text):
            body.append(TF.attr("value", .string(text)))
        case .secret(let reference):
            body.append(TF.attr("value", secretValue(reference)))
            body.append(TF.attr("secret", true))
        case .derived(.publicIPAddress(let ip)):
            body.append(TF.attr("value", .ref("azurerm_public_ip.\(names.publicIP(ip)).ip_address")))
        case .keyVault(let vault, let secret, let identity):
            body.append(TF.attr("secret", true))
            body.append(.blankLine)
            var reference: [HCLBodyItem] = [TF.attr("secret_id", versionlessSecretID(vault: vault, secret: secret))]
            if let identity = identity.userAssignedName { reference.append(TF.attr("identity_client_id", identityAttribute(identity, "client_id"))) }
            body.append(TF.block("value_from_key_vault", body: reference))
            dependencies = resolved.keyVaultRoles(of: identity, on: vault).map {
                .ref("azurerm_role_assignment.\(names.roleAssignment($0))")
            }
        }
        body += dependsOn(dependencies, because: "API Management reads the secret with the identity as soon as the named value exists.")
        return TF.resource(Self.namedValueResource, names.content.namedValue(namedValue.name), body)
    }

    /// A certificate the service reads from Key Vault (versionless, so renewals roll in), once
    /// the identity it reads with holds its role on the vault.
    private func certificate(_ certificate: APIManagementCertificate) -> HCLBodyItem {
        let source = certificate.keyVault
        var body: [HCLBodyItem] = [TF.attr("name", .string(certificate.name))] + inService + [
            TF.attr("key_vault_secret_id", versionlessSecretID(vault: source.vault, secret: source.certificate)),
        ]
        if let identity = source.identity.userAssignedName { body.append(TF.attr("key_vault_identity_client_id", identityAttribute(identity, "client_id"))) }
        body += dependsOn(resolved.keyVaultRoles(of: source.identity, on: source.vault).map { .ref("azurerm_role_assignment.\(names.roleAssignment($0))") },
                          because: "API Management reads the certificate with the identity as soon as the certificate exists.")
        return TF.resource(Self.certificateResource, names.content.certificate(certificate.name), body)
    }

    private func backend(_ backend: APIBackend) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("name", .string(backend.name))] + inService + [
            TF.attr("protocol", .string(backend.protocol.rawValue)),
            TF.attr("url", .string(backend.url)),
        ]
        if let description = backend.description { body.append(TF.attr("description", .string(description))) }
        let credentials = backend.credentials
        var credentialItems: [HCLBodyItem] = []
        if !credentials.headers.isEmpty { credentialItems.append(TF.attr("header", Self.credentialMap(credentials.headers))) }
        if !credentials.query.isEmpty { credentialItems.append(TF.attr("query", Self.credentialMap(credentials.query))) }
        if !credentials.certificates.isEmpty {
            // azurerm takes the thumbprints of the service's certificates.
            credentialItems.append(TF.attr("certificate", .list(credentials.certificates.map {
                TF.ref(Self.certificateResource, names.content.certificate($0), "thumbprint")
            })))
        }
        if let authorization = credentials.authorization {
            credentialItems.append(.blankLine)
            credentialItems.append(TF.block("authorization", body: [
                TF.attr("scheme", .string(authorization.scheme)),
                TF.attr("parameter", .string(authorization.parameter.description)),
            ]))
        }
        if !credentialItems.isEmpty {
            body.append(.blankLine)
            body.append(TF.block("credentials", body: credentialItems))
        }
        body.append(.blankLine)
        body.append(TF.block("tls", body: [
            TF.attr("validate_certificate_chain", .bool(backend.tls.validateCertificateChain)),
            TF.attr("validate_certificate_name", .bool(backend.tls.validateCertificateName)),
        ]))
        var values = (credentials.headers + credentials.query).flatMap(\.values)
        if let authorization = credentials.authorization { values.append(authorization.parameter) }
        body += dependsOn(textualDependencies(namedValues: PolicyReferences.namedValues(in: values)),
                          because: "The credentials name these named values only inside their text.")
        return TF.resource(Self.backendResource, names.content.backend(backend.name), body)
    }

    /// Header or query credentials: one entry per name, several values comma-separated as
    /// API Management sends them.
    static func credentialMap(_ items: [BackendCredentialItem]) -> HCLExpression {
        .object(items.map { HCLObjectItem($0.name, .string($0.values.map(\.description).joined(separator: ","))) })
    }

    private func logger(_ logger: APILogger) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("name", .string(logger.name))] + inService
        if let description = logger.description { body.append(TF.attr("description", .string(description))) }
        var dependencies: [HCLExpression] = []
        switch logger.destination {
        case .applicationInsights(let component, let connectionString):
            body.append(.blankLine)
            body.append(.comment("Application Insights component \(component); the connection string stays in a secret named value."))
            body.append(TF.block("application_insights", body: [TF.attr("connection_string", .string(connectionString.description))]))
            dependencies = textualDependencies(namedValues: connectionString.namedValueReferences)
        case .eventHub(let namespace, let eventHub, let identity):
            var eventHubBody: [HCLBodyItem] = [
                TF.attr("name", .string(eventHub)),
                TF.attr("endpoint_uri", .string("\(namespace).servicebus.windows.net")),
            ]
            if let identity {
                eventHubBody.append(TF.attr("user_assigned_identity_client_id", identityAttribute(identity, "client_id")))
            }
            body.append(.blankLine)
            body.append(.comment(identity == nil
                ? "Sends with the service's system-assigned identity (Azure Event Hubs Data Sender on the hub)."
                : "Sends with the identity \(identity!) (Azure Event Hubs Data Sender on the hub), no connection string."))
            body.append(TF.block("eventhub", body: eventHubBody))
        case .azureMonitor:
            break
        }
        body += dependsOn(dependencies, because: "The connection string names these named values only inside its text.")
        return TF.resource(Self.loggerResource, names.content.logger(logger.name), body)
    }

    /// A diagnostic's identifier is the kind of its logger; Event Hub loggers take records
    /// from `log-to-eventhub` policies, not from diagnostics.
    static func diagnosticIdentifier(_ logger: APILogger) -> String? {
        switch logger.destination {
        case .applicationInsights: "applicationinsights"
        case .azureMonitor: "azuremonitor"
        case .eventHub: nil
        }
    }

    private func diagnostic(_ diagnostic: APIDiagnostic) -> HCLBodyItem? {
        guard let logger = content.loggers.first(where: { $0.name == diagnostic.logger }),
              let identifier = Self.diagnosticIdentifier(logger) else { return nil }
        var body: [HCLBodyItem] = [TF.attr("identifier", .string(identifier))]
        body += inService
        if let api = diagnostic.api { body.append(TF.attr("api_name", apiName(api))) }
        body += [
            TF.attr("api_management_logger_id", loggerID(logger)),
            TF.attr("sampling_percentage", .decimal(diagnostic.samplingPercentage)),
            TF.attr("always_log_errors", .bool(diagnostic.alwaysLogErrors)),
            TF.attr("log_client_ip", .bool(diagnostic.logClientIP)),
            TF.attr("verbosity", .string(diagnostic.verbosity.rawValue)),
        ]
        let type = diagnostic.api == nil ? "azurerm_api_management_diagnostic" : "azurerm_api_management_api_diagnostic"
        let key = diagnostic.api.map { names.api($0) + "_" + names.content.logger(logger.name) } ?? names.content.logger(logger.name)
        return TF.resource(type, key, body)
    }
}
