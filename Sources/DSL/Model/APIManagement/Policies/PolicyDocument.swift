/// The `<policies>` document of one scope (global, product, API or operation).
public struct PolicyDocument: Codable, Hashable, Sendable {
    /// Sections in declaration order; resolve completes and orders them.
    public var sections: [PolicySection]
    public var location: SourceLocation

    package init(sections: [PolicySection], location: SourceLocation) {
        self.sections = sections
        self.location = location
    }

    public func section(_ kind: PolicySection.Kind) -> PolicySection? {
        sections.first { $0.kind == kind }
    }

    /// All four sections in APIM's order. A section left out inherits the parent scope
    /// (`<base />`); at global scope there is no parent, so it stays empty, except the backend
    /// which forwards the request (as the service's default global policy does).
    public func completed(at scope: PolicyScope.Level) -> PolicyDocument {
        let filled = PolicySection.Kind.allCases.map { kind -> PolicySection in
            if let declared = section(kind) { return declared }
            let statements: [PolicyNode]
            switch (scope, kind) {
            case (.global, .backend): statements = [.element(PolicyElement("forward-request"))]
            case (.global, _): statements = []
            default: statements = [.element(PolicyElement("base"))]
            }
            return PolicySection(kind: kind, statements: statements, location: location)
        }
        return PolicyDocument(sections: filled, location: location)
    }
}
