/// Policy documents and fragments: raw XML well-formed, each policy documented, in a section
/// and at a scope its reference article allows, with its required attributes, one `<base />`
/// per section, well-formed expressions, and every named value, fragment, backend and logger
/// it references declared.
extension ValidationContext {
    /// Policies whose element children (or whose `when`/`otherwise` children) are statements.
    static let nestingPolicies: Set<String> = ["retry", "limit-concurrency", "wait"]

    mutating func checkPolicies() {
        guard let apim = deployment.apiManagement else { return }
        checkSecretNamedValues()
        for scoped in apim.content.scopedPolicies {
            switch scoped.body {
            case .document(let document):
                for section in document.sections {
                    var firstBase: SourceLocation?
                    for statement in statements(section.statements, fallback: section.location) {
                        if statement.element.name == "base" {
                            if let firstBase {
                                error("the \(section.kind.rawValue) section of \(scoped.scope) has a second <base />", at: statement.location,
                                      notes: [.init("first <base /> here", at: firstBase)])
                            }
                            firstBase = firstBase ?? statement.location
                            continue
                        }
                        checkStatement(statement.element, at: statement.location, section: section.kind, scope: scoped.scope, content: apim.content)
                    }
                }
            case .fragment(let fragment):
                for statement in statements(fragment.statements, fallback: fragment.location) {
                    if statement.element.name == "base" {
                        error("<base /> cannot stand in fragment '\(fragment.name)': a fragment has no parent scope", at: statement.location)
                        continue
                    }
                    checkStatement(statement.element, at: statement.location, section: nil, scope: scoped.scope, content: apim.content)
                }
            }
        }
    }

    /// The statements of a section or fragment, raw XML parsed; not well-formed XML is reported.
    private mutating func statements(_ nodes: [PolicyNode], fallback: SourceLocation) -> [(element: PolicyElement, location: SourceLocation)] {
        var out: [(PolicyElement, SourceLocation)] = []
        for node in nodes {
            switch node {
            case .element(let element): out.append((element, element.location ?? fallback))
            case .text(let value):
                error("text '\(value)' cannot stand between policy statements", at: fallback)
            case .raw(let raw):
                switch raw.parsed {
                case .success(let elements): out += elements.map { ($0, raw.location) }
                case .failure(let problem): error("raw policy XML is not well-formed: \(problem)", at: raw.location)
                }
            }
        }
        return out
    }

    private mutating func checkStatement(_ element: PolicyElement, at location: SourceLocation, section: PolicySection.Kind?, scope: PolicyScope, content: APIManagementContent) {
        guard let entry = PolicyCatalog.entry(element.name) else {
            error("'\(element.name)' is not an API Management policy", at: location,
                  notes: [.init("the policy reference documents: \(PolicyCatalog.policyNames.joined(separator: ", "))")])
            return
        }
        if let section, !entry.sections.contains(section) {
            let allowed = entry.sections.sorted().map(\.rawValue).joined(separator: ", ")
            error("policy '\(element.name)' is not allowed in the \(section.rawValue) section (of \(scope))", at: location,
                  notes: [.init("'\(element.name)' may stand in: \(allowed)")])
        }
        if let level = scope.level, !entry.scopes.contains(level) {
            let allowed = PolicyScope.Level.allCases.filter(entry.scopes.contains).map(\.rawValue).joined(separator: ", ")
            error("policy '\(element.name)' is not allowed at \(level.rawValue) scope (\(scope))", at: location,
                  notes: [.init("'\(element.name)' may be used at scope: \(allowed)")])
        }
        for required in entry.requiredAttributes where element.attribute(required) == nil {
            error("policy '\(element.name)' needs the attribute '\(required)'", at: location)
        }
        checkValues(in: element, at: location, content: content)
        checkReferences(element, at: location, content: content)
        checkClientIP(element, at: location, scope: scope)
        checkCredentialHeader(element, at: location)

        let nested: [PolicyElement]
        if Self.nestingPolicies.contains(element.name) {
            nested = [element]
        } else if element.name == "choose" {
            nested = element.elements.filter { $0.name == "when" || $0.name == "otherwise" }
        } else {
            nested = []
        }
        for container in nested {
            for statement in statements(container.children, fallback: location) {
                if statement.element.name == "base" {
                    error("<base /> cannot be nested inside '\(element.name)'", at: statement.location)
                    continue
                }
                checkStatement(statement.element, at: statement.location, section: section, scope: scope, content: content)
            }
        }
    }

    /// Expressions well-formed and named values declared, in every attribute and text below.
    private mutating func checkValues(in element: PolicyElement, at location: SourceLocation, content: APIManagementContent) {
        let declared = Set(content.namedValues.map { $0.name.lowercased() })
        var values = element.attributes.map(\.value)
        var pending = element.children
        while let node = pending.popLast() {
            switch node {
            case .text(let value): values.append(value)
            // Children of the same declaration (raw XML carries its block's location on every
            // element); a nested statement declared on its own line is checked on its own.
            case .element(let child) where child.location == nil || child.location == element.location:
                values += child.attributes.map(\.value)
                pending += child.children
            case .element, .raw: break
            }
        }
        for value in values {
            if case .expression(let code) = value, let problem = Self.expressionProblem(code) {
                error("malformed policy expression in '\(element.name)': \(problem)", at: location)
            }
            for name in value.namedValueReferences where !declared.contains(name.lowercased()) {
                error("policy '\(element.name)' uses named value '{{\(name)}}', which is not declared", at: location,
                      notes: [.init("declare NamedValue(\"\(name)\", …) in APIManagement")])
            }
        }
    }

    /// Why an expression is malformed, or nil.
    static func expressionProblem(_ code: String) -> String? {
        if code.hasPrefix("@(") {
            return code.hasSuffix(")") ? nil : "an expression that starts with '@(' ends with ')'"
        }
        if code.hasPrefix("@{") {
            return code.hasSuffix("}") ? nil : "an expression block that starts with '@{' ends with '}'"
        }
        return "an expression starts with '@(' or '@{'"
    }

    private mutating func checkReferences(_ element: PolicyElement, at location: SourceLocation, content: APIManagementContent) {
        func literal(_ name: String) -> String? {
            guard case .text(let parts)? = element.attribute(name), parts.count == 1, case .literal(let text) = parts[0] else { return nil }
            return text
        }
        switch element.name {
        case "include-fragment":
            if let id = literal("fragment-id"), !content.fragments.contains(where: { $0.name == id }) {
                error("include-fragment names fragment '\(id)', which is not declared", at: location, notes: [.init("declare PolicyFragment(\"\(id)\") { … } in APIManagement")])
            }
        case "set-backend-service":
            if let id = literal("backend-id"), !content.backends.contains(where: { $0.name == id }) {
                error("set-backend-service names backend '\(id)', which is not declared", at: location, notes: [.init("declare APIBackend(\"\(id)\", url: …) in APIManagement")])
            }
        case "authentication-certificate":
            if let id = literal("certificate-id"), !content.certificates.contains(where: { $0.name == id }) {
                error("authentication-certificate names certificate '\(id)', which is not declared", at: location,
                      notes: [.init("declare Certificate(\"\(id)\", keyVault: \"kv-…\", certificate: \"…\") in APIManagement: API Management creates only the certificates it is given")])
            }
        case "authentication-managed-identity":
            if element.attribute("client-id") == nil, let apim = deployment.apiManagement, !apim.systemAssignedIdentity {
                let identities = apim.identities
                error(identities.isEmpty
                      ? "authentication-managed-identity needs a managed identity, but API Management has none"
                      : "authentication-managed-identity has no client-id, but API Management has only user-assigned identities (\(identities.joined(separator: ", ")))",
                      at: location, notes: [
                          .init("without client-id the policy asks for the system-assigned identity's token", at: apim.location),
                          .init(identities.isEmpty
                                ? "turn on the service's identity: APIManagement(…, systemAssignedIdentity: true)"
                                : "name the identity: AuthenticationManagedIdentity(resource: …, clientID: <client id of \(identities[0])>), or APIManagement(…, systemAssignedIdentity: true)"),
                      ])
            }
        case "log-to-eventhub":
            if let id = literal("logger-id") {
                let logger = content.loggers.first { $0.name == id }
                if logger == nil {
                    error("log-to-eventhub names logger '\(id)', which is not declared", at: location, notes: [.init("declare APILogger(\"\(id)\", .eventHub(…)) in APIManagement")])
                } else if case .eventHub? = logger?.destination {
                } else {
                    error("log-to-eventhub needs an Event Hub logger; '\(id)' is not one", at: location, notes: [.init("declared here", at: logger?.location)])
                }
            }
        default: break
        }
    }
}
