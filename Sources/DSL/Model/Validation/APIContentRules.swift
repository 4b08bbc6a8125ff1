/// API Management content: unique names, references between APIs, products, backends,
/// version sets, loggers and named values, operation URL templates, Key Vault-backed named
/// values, and backend TLS.
extension ValidationContext {
    mutating func checkAPIContent() {
        guard let apim = deployment.apiManagement else { return }
        let content = apim.content
        checkUnique(content.products, kind: "product", name: \.name, location: \.location)
        checkUnique(content.namedValues, kind: "named value", name: \.name, location: \.location)
        checkUnique(content.backends, kind: "backend", name: \.name, location: \.location)
        checkUnique(content.loggers, kind: "logger", name: \.name, location: \.location)
        checkUnique(content.fragments, kind: "policy fragment", name: \.name, location: \.location)
        checkUnique(content.versionSets, kind: "version set", name: \.name, location: \.location)
        checkUnique(content.certificates, kind: "certificate", name: \.name, location: \.location)
        let declaredNamedValues = Set(content.namedValues.map { $0.name.lowercased() })

        for api in content.apis {
            checkUnique(api.operations, kind: "operation of API '\(api.name)'", name: \.name, location: \.location)
            if let backend = api.backend, !content.backends.contains(where: { $0.name == backend }) {
                error("API '\(api.name)' uses backend '\(backend)', which is not declared", at: api.location)
            }
            if let set = api.versionSet {
                if !content.versionSets.contains(where: { $0.name == set }) { error("API '\(api.name)' joins version set '\(set)', which is not declared", at: api.location) }
                if api.version == nil { error("API '\(api.name)' joins version set '\(set)' but has no version", at: api.location) }
            } else if api.version != nil {
                error("API '\(api.name)' has a version but no version set", at: api.location)
            }
            if let definition = api.definition, definition.path.trimmingCharacters().isEmpty {
                error("API '\(api.name)' imports a definition with an empty path", at: api.location)
            }
            if api.protocols.contains(.http) || api.protocols.contains(.ws) {
                warning("API '\(api.name)' accepts unencrypted \(api.protocols.contains(.http) ? "HTTP" : "WS"); prefer HTTPS only", at: api.location)
            }
            for operation in api.operations { checkOperation(operation, of: api) }
        }
        for product in content.products {
            for name in product.apis where !content.apis.contains(where: { $0.name == name }) {
                error("product '\(product.name)' includes API '\(name)', which is not declared", at: product.location)
            }
            if let limit = product.subscriptionsLimit, limit < 1 { error("product '\(product.name)' allows \(limit) subscriptions; use at least 1 or nil", at: product.location) }
        }
        for namedValue in content.namedValues { checkNamedValue(namedValue) }
        for backend in content.backends {
            if !backend.url.hasPrefix("https://") && !backend.url.hasPrefix("http://") {
                error("backend '\(backend.name)' URL '\(backend.url)' must start with https://", at: backend.location)
            } else if backend.url.hasPrefix("http://") {
                warning("backend '\(backend.name)' is called over plain HTTP", at: backend.location)
            }
            if !backend.tls.validateCertificateChain || !backend.tls.validateCertificateName {
                warning("backend '\(backend.name)' does not validate the backend's TLS certificate", at: backend.location)
            }
            var values = (backend.credentials.headers + backend.credentials.query).flatMap(\.values)
            if let authorization = backend.credentials.authorization { values.append(authorization.parameter) }
            for name in values.flatMap(\.namedValueReferences) where !declaredNamedValues.contains(name.lowercased()) {
                error("backend '\(backend.name)' uses named value '{{\(name)}}', which is not declared", at: backend.location)
            }
            for name in backend.credentials.certificates where !content.certificates.contains(where: { $0.name == name }) {
                error("backend '\(backend.name)' presents certificate '\(name)', which is not declared", at: backend.location,
                      notes: [.init("declare Certificate(\"\(name)\", keyVault: \"kv-…\", certificate: \"…\") in APIManagement")])
            }
        }
        for logger in content.loggers {
            if case .applicationInsights(_, let connectionString) = logger.destination {
                if case .text(let parts) = connectionString, parts.contains(where: { if case .literal = $0 { true } else { false } }) {
                    error("logger '\(logger.name)' holds a literal connection string; reference a secret named value: \"{{name}}\"", at: logger.location)
                }
                for name in connectionString.namedValueReferences where !declaredNamedValues.contains(name.lowercased()) {
                    error("logger '\(logger.name)' uses named value '{{\(name)}}', which is not declared", at: logger.location)
                }
            }
            if case .eventHub(_, _, let identity?) = logger.destination, !deployment.identities.contains(where: { $0.name == identity }) {
                error("logger '\(logger.name)' uses identity '\(identity)', which is not declared", at: logger.location)
            }
        }
        for diagnostic in content.diagnostics {
            if !content.loggers.contains(where: { $0.name == diagnostic.logger }) {
                error("diagnostic uses logger '\(diagnostic.logger)', which is not declared", at: diagnostic.location)
            }
            if let api = diagnostic.api, !content.apis.contains(where: { $0.name == api }) {
                error("diagnostic covers API '\(api)', which is not declared", at: diagnostic.location)
            }
            if !(0...100).contains(diagnostic.samplingPercentage) {
                error("sampling percentage \(diagnostic.samplingPercentage) is outside 0…100", at: diagnostic.location)
            }
        }
    }

    private mutating func checkOperation(_ operation: APIOperation, of api: API) {
        if let problem = URLTemplate.problem(in: operation.urlTemplate) {
            error("operation '\(operation.name)' of API '\(api.name)' has an invalid URL template '\(operation.urlTemplate)': \(problem)", at: operation.location)
            return
        }
        let inTemplate = Set(operation.templateParameterNames)
        for parameter in operation.parameters where parameter.kind == .template && !inTemplate.contains(parameter.name) {
            error("template parameter '\(parameter.name)' does not appear in the URL template '\(operation.urlTemplate)'", at: parameter.location,
                  notes: [.init("operation declared here", at: operation.location)])
        }
    }

    private mutating func checkNamedValue(_ namedValue: NamedValue) {
        let at = namedValue.location
        if namedValue.name.isEmpty || !namedValue.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) {
            error("named value name '\(namedValue.name)' may hold only letters, digits, '-', '_' and '.'", at: at)
        }
        switch namedValue.value {
        case .plain(let text):
            // A secret-looking name is SecretRules' (checkSecretNamedValues).
            if text.isEmpty { error("named value '\(namedValue.name)' is empty", at: at) }
        case .secret(let reference):
            checkSecretReference(reference, at: at)
        case .keyVault(let vault, let secret, let identity):
            if !deployment.keyVaults.contains(where: { $0.name == vault }) {
                error("named value '\(namedValue.name)' reads Key Vault '\(vault)', which is not declared", at: at)
            }
            if let identity = identity.userAssignedName, !deployment.identities.contains(where: { $0.name == identity }) {
                error("named value '\(namedValue.name)' is read by identity '\(identity)', which is not declared", at: at, notes: [.init("declare ManagedIdentity(\"\(identity)\")")])
            }
            if secret.isEmpty || !secret.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                error("Key Vault secret name '\(secret)' may hold only letters, digits and hyphens", at: at)
            }
        case .derived(.publicIPAddress(let name)):
            if !deployment.publicIPs.contains(where: { $0.name == name }) {
                error("named value '\(namedValue.name)' takes the address of public IP '\(name)', which is not declared", at: at,
                      notes: [.init("declare PublicIPAddress(\"\(name)\")")])
            }
        }
    }
}
