import DSL

/// API Management's content as child resources of the service: named values, certificates,
/// policy fragments, backends, loggers and diagnostics, version sets, the global policy, APIs with
/// their operations and policies, products with their APIs and policies. Policies are
/// `rawxml` rendered by `PolicyXML`; whatever a policy, backend or logger names only in text
/// (`{{tenant-id}}`, `include-fragment`) is an explicit dependency.
extension RMTemplateBuilder {
    /// Where the policy files live, relative to the template (Bicep's `loadTextContent`).
    static let policiesFolder = "policies/"

    mutating func addAPIManagementContent() {
        guard let apim = resolved.apiManagement, let service = symbols.apiManagement else { return }
        let content = apim.content
        let policies = Dictionary(uniqueKeysWithValues: content.scopedPolicies.map { ($0.scope, $0) })
        template.files = content.scopedPolicies.map(Self.policyFile)
        if let signUp = symbols.content.signUp {
            add(RMResource(signUp, parent: service, body: ["properties": [
                "enabled": .bool(apim.developerPortalSignUp),
                "termsOfService": ["enabled": false, "consentRequired": false],
            ]], comment: apim.developerPortalSignUp ? "Anyone may create a developer portal account (the manifest asks for it)." : "Developer portal accounts are invited: nobody signs up on their own."))
        }
        for namedValue in content.namedValues { add(namedValueResource(namedValue, service: service)) }
        for certificate in content.certificates { add(certificateResource(certificate, service: service)) }
        for fragment in content.fragments {
            let policy = policies[.fragment(fragment.name)]!
            var properties = RMObject()
            properties.set("description", ifPresent: fragment.description.map(RMExpression.string))
            properties.set("format", "rawxml")
            properties.set("value", policyValue(policy))
            add(RMResource(symbols.content.fragments[fragment.name]!, parent: service, body: ["properties": .object(properties)],
                           dependsOn: dependencies(PolicyReferences(policy))))
        }
        for backend in content.backends { add(backendResource(backend, service: service)) }
        for logger in content.loggers { add(loggerResource(logger, service: service)) }
        for (diagnostic, symbol) in zip(content.diagnostics, symbols.content.diagnostics) {
            add(diagnosticResource(diagnostic, symbol: symbol, service: service))
        }
        for set in content.versionSets { add(versionSetResource(set, service: service)) }
        addPolicy(policies[.global], parent: service)
        for api in content.apis {
            let apiSymbol = symbols.apis[api.name]!
            add(apiResource(api, symbol: apiSymbol, service: service))
            addPolicy(policies[.api(api.name)], parent: apiSymbol)
            for operation in api.operations {
                let symbol = symbols.content.operations[api.name]![operation.name]!
                add(RMResource(symbol, parent: apiSymbol, body: ["properties": operationProperties(operation)]))
                addPolicy(policies[.operation(api: api.name, operation: operation.name)], parent: symbol)
            }
        }
        for product in content.products {
            let symbol = symbols.content.products[product.name]!
            add(RMResource(symbol, parent: service, body: ["properties": productProperties(product)]))
            for api in product.apis {
                guard let link = symbols.content.productAPIs[product.name]?[api], let apiSymbol = symbols.apis[api] else { continue }
                add(RMResource(link, parent: symbol, dependsOn: [apiSymbol]))
            }
            addPolicy(policies[.product(product.name)], parent: symbol)
        }
    }

    /// The resources a text-only reference names, in the order named values, fragments,
    /// backends, loggers, certificates.
    func dependencies(_ references: PolicyReferences) -> [RMSymbol] {
        references.namedValues.compactMap(symbols.content.namedValue)
            + references.certificates.compactMap { symbols.content.certificates[$0] }
            + references.fragments.compactMap { symbols.content.fragments[$0] }
            + references.backends.compactMap { symbols.content.backends[$0] }
            + references.loggers.compactMap { symbols.content.loggers[$0] }
    }

    /// The policy file, in the policies format's layout under `policies/`.
    static func policyFile(_ policy: ScopedPolicy) -> RMTextFile {
        RMTextFile(path: policiesFolder + policy.path, contents: PolicyXML.text(of: policy))
    }

    /// The policy file's text: inline in ARM, `loadTextContent('policies/…')` in Bicep.
    func policyValue(_ policy: ScopedPolicy) -> RMExpression {
        let file = Self.policyFile(policy)
        return .textFile(path: file.path, contents: file.contents)
    }

    private mutating func addPolicy(_ policy: ScopedPolicy?, parent: RMSymbol) {
        guard let policy, let symbol = symbols.content.policies[policy.scope] else { return }
        let properties: RMObject = ["format": "rawxml", "value": policyValue(policy)]
        add(RMResource(symbol, parent: parent, body: ["properties": .object(properties)], dependsOn: dependencies(PolicyReferences(policy))))
    }

    private func namedValueResource(_ namedValue: NamedValue, service: RMSymbol) -> RMResource {
        var properties = RMObject()
        properties.set("displayName", .string(namedValue.name))
        var comment: String?
        switch namedValue.value {
        case .plain(let text):
            properties.set("value", environment.parameter(.namedValue(namedValue.name)) ?? .string(text))
        case .secret(let reference):
            properties.set("value", environment.parameter(.namedValue(namedValue.name)) ?? .parameter(Self.secretParameter(reference)))
        case .derived(.publicIPAddress(let ip)):
            if let symbol = symbols.publicIPs[ip] {
                properties.set("value", .runtimeProperty(symbol, [.name("ipAddress")]))
            }
            comment = "The address Azure assigned to public IP \(ip), read when the template deploys."
        case .keyVault(let vault, let secret, let identity):
            var keyVault = RMObject()
            keyVault.set("secretIdentifier", environment.parameter(.namedValue(namedValue.name))
                         ?? .string(KeyVault.secretIdentifier(vault: vault, secret: secret)))
            if let name = identity.userAssignedName, let identity = symbols.identities[name] {
                keyVault.set("identityClientId", .runtimeProperty(identity, [.name("clientId")]))
            }
            properties.set("keyVault", .object(keyVault))
            comment = "Read from Key Vault with \(identity.description), which holds Key Vault Secrets User there; API Management refreshes it when the secret changes."
        }
        properties.set("secret", .bool(namedValue.isSecret || environment.namedValueIsSecret(namedValue.name)))
        return RMResource(symbols.content.namedValues[namedValue.name]!, parent: service, body: ["properties": .object(properties)], comment: comment)
    }

    /// A certificate the service reads from Key Vault with an identity, once that identity holds
    /// its role on the vault (the system-assigned one's is granted after the service exists).
    private func certificateResource(_ certificate: APIManagementCertificate, service: RMSymbol) -> RMResource {
        let source = certificate.keyVault
        var keyVault = RMObject()
        keyVault.set("secretIdentifier", .string(source.secretIdentifier))
        if let name = source.identity.userAssignedName, let identity = symbols.identities[name] {
            keyVault.set("identityClientId", .runtimeProperty(identity, [.name("clientId")]))
        }
        let roles = resolved.keyVaultRoles(of: source.identity, on: source.vault).compactMap { symbols.roleAssignments[$0] }
        return RMResource(symbols.content.certificates[certificate.name]!, parent: service, body: ["properties": ["keyVault": .object(keyVault)]],
                          dependsOn: roles, comment: "Read from Key Vault with \(source.identity.description), which holds Key Vault Secrets User there; API Management picks up renewed versions.")
    }

    private func backendResource(_ backend: APIBackend, service: RMSymbol) -> RMResource {
        var properties = RMObject()
        properties.set("description", ifPresent: backend.description.map(RMExpression.string))
        properties.set("url", .string(backend.url))
        properties.set("protocol", .string(backend.protocol.rawValue))
        var referenced: [PolicyValue] = []
        let credentials = backend.credentials
        if !credentials.isEmpty {
            var object = RMObject()
            func items(_ items: [BackendCredentialItem]) -> RMExpression {
                .object(RMObject(items.map { ($0.name, RMExpression.array($0.values.map { .string($0.description) })) }))
            }
            if !credentials.certificates.isEmpty { object.set("certificateIds", .array(credentials.certificates.map(RMExpression.string))) }
            if !credentials.headers.isEmpty { object.set("header", items(credentials.headers)) }
            if !credentials.query.isEmpty { object.set("query", items(credentials.query)) }
            if let authorization = credentials.authorization {
                object.set("authorization", ["scheme": .string(authorization.scheme), "parameter": .string(authorization.parameter.description)])
                referenced.append(authorization.parameter)
            }
            referenced += (credentials.headers + credentials.query).flatMap(\.values)
            properties.set("credentials", .object(object))
        }
        properties.set("tls", ["validateCertificateChain": .bool(backend.tls.validateCertificateChain),
                               "validateCertificateName": .bool(backend.tls.validateCertificateName)])
        return RMResource(symbols.content.backends[backend.name]!, parent: service, body: ["properties": .object(properties)],
                          dependsOn: dependencies(PolicyReferences(referenced)) + credentials.certificates.compactMap { symbols.content.certificates[$0] })
    }

    private func loggerResource(_ logger: APILogger, service: RMSymbol) -> RMResource {
        var properties = RMObject()
        var referenced: [PolicyValue] = []
        switch logger.destination {
        case .applicationInsights(let component, let connectionString):
            properties.set("loggerType", "applicationInsights")
            properties.set("description", ifPresent: logger.description.map(RMExpression.string))
            properties.set("resourceId", .function("resourceId", ["Microsoft.Insights/components", .string(component)]))
            properties.set("credentials", ["connectionString": .string(connectionString.description)])
            referenced.append(connectionString)
        case .azureMonitor:
            properties.set("loggerType", "azureMonitor")
            properties.set("description", ifPresent: logger.description.map(RMExpression.string))
        case .eventHub(let namespace, let eventHub, let identity):
            properties.set("loggerType", "azureEventHub")
            properties.set("description", ifPresent: logger.description.map(RMExpression.string))
            let clientID: RMExpression = identity.flatMap { symbols.identities[$0] }.map { .runtimeProperty($0, [.name("clientId")]) } ?? "SystemAssigned"
            properties.set("credentials", ["endpointAddress": .string("\(namespace).servicebus.windows.net"), "identityClientId": clientID, "name": .string(eventHub)])
        }
        return RMResource(symbols.content.loggers[logger.name]!, parent: service, body: ["properties": .object(properties)],
                          dependsOn: dependencies(PolicyReferences(referenced)))
    }

    private func diagnosticResource(_ diagnostic: APIDiagnostic, symbol: RMSymbol, service: RMSymbol) -> RMResource {
        var properties = RMObject()
        if diagnostic.alwaysLogErrors { properties.set("alwaysLog", "allErrors") }
        properties.set("logClientIp", .bool(diagnostic.logClientIP))
        properties.set("loggerId", .resourceID(symbols.content.loggers[diagnostic.logger]!))
        properties.set("sampling", ["samplingType": "fixed", "percentage": .number(diagnostic.samplingPercentage)])
        properties.set("verbosity", .string(diagnostic.verbosity.rawValue))
        let parent = diagnostic.api.flatMap { symbols.apis[$0] } ?? service
        return RMResource(symbol, parent: parent, body: ["properties": .object(properties)])
    }

    private func versionSetResource(_ set: APIVersionSet, service: RMSymbol) -> RMResource {
        var properties = RMObject()
        properties.set("displayName", .string(set.displayName))
        switch set.scheme {
        case .segment:
            properties.set("versioningScheme", "Segment")
        case .query(let name):
            properties.set("versioningScheme", "Query")
            properties.set("versionQueryName", .string(name))
        case .header(let name):
            properties.set("versioningScheme", "Header")
            properties.set("versionHeaderName", .string(name))
        }
        return RMResource(symbols.content.versionSets[set.name]!, parent: service, body: ["properties": .object(properties)])
    }

    private func apiResource(_ api: API, symbol: RMSymbol, service: RMSymbol) -> RMResource {
        let content = resolved.apiManagement?.content
        var properties = RMObject()
        properties.set("displayName", .string(api.displayName))
        properties.set("description", ifPresent: api.description.map(RMExpression.string))
        properties.set("path", .string(api.path))
        properties.set("protocols", .array(api.protocols.map { .string($0.rawValue) }))
        if let definition = api.definition {
            if definition.format == .wsdl { properties.set("type", "soap") }
            properties.set("format", .string(definition.format.rawValue))
            properties.set("value", .parameter(Self.definitionParameter(api)))
        }
        let backend = api.backend.flatMap { name in content?.backends.first { $0.name == name } }
        properties.set("serviceUrl", ifPresent: (api.serviceURL ?? backend?.url).map(RMExpression.string))
        if let set = api.versionSet.flatMap({ symbols.content.versionSets[$0] }) {
            properties.set("apiVersionSetId", .resourceID(set))
            properties.set("apiVersion", ifPresent: api.version.map(RMExpression.string))
        }
        properties.set("subscriptionRequired", .bool(api.subscriptionRequired))
        var comment = api.exposure == .external ? "Published to the internet through the gateway's path rules." : "Reachable only inside the virtual network."
        if let backend { comment += " serviceUrl is the URL of backend \(backend.name)." }
        return RMResource(symbol, parent: service, body: ["properties": .object(properties)], comment: comment)
    }

    private func operationProperties(_ operation: APIOperation) -> RMExpression {
        var properties = RMObject()
        properties.set("displayName", .string(operation.displayName))
        properties.set("description", ifPresent: operation.description.map(RMExpression.string))
        properties.set("method", .string(operation.method.rawValue))
        properties.set("urlTemplate", .string(operation.urlTemplate))
        let parameters = { (kind: OperationParameter.Kind) in operation.parameters.filter { $0.kind == kind }.map(Self.parameterContract) }
        if !parameters(.template).isEmpty { properties.set("templateParameters", .array(parameters(.template))) }
        var request = RMObject()
        if !parameters(.query).isEmpty { request.set("queryParameters", .array(parameters(.query))) }
        if !parameters(.header).isEmpty { request.set("headers", .array(parameters(.header))) }
        if !request.isEmpty { properties.set("request", .object(request)) }
        return .object(properties)
    }

    static func parameterContract(_ parameter: OperationParameter) -> RMExpression {
        var contract = RMObject()
        contract.set("name", .string(parameter.name))
        contract.set("description", ifPresent: parameter.description.map(RMExpression.string))
        contract.set("type", .string(parameter.type))
        contract.set("required", .bool(parameter.required))
        if !parameter.values.isEmpty { contract.set("values", .array(parameter.values.map(RMExpression.string))) }
        return .object(contract)
    }

    private func productProperties(_ product: Product) -> RMExpression {
        var properties = RMObject()
        properties.set("displayName", .string(product.displayName))
        properties.set("description", ifPresent: product.description.map(RMExpression.string))
        properties.set("subscriptionRequired", .bool(product.subscriptionRequired))
        // Approval and a subscription limit only apply to products that need a subscription.
        if product.subscriptionRequired {
            properties.set("approvalRequired", .bool(product.approvalRequired))
            properties.set("subscriptionsLimit", ifPresent: product.subscriptionsLimit.map(RMExpression.int))
        }
        properties.set("state", product.published ? "published" : "notPublished")
        return .object(properties)
    }

    /// The parameter carrying an imported API's definition text: `catalog-v1` → `catalogV1Definition`.
    static func definitionParameter(_ api: API) -> String {
        RMNaming.camelCase(api.name) + "Definition"
    }
}
