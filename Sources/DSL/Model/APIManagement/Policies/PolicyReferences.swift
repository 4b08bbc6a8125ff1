/// What a policy document or fragment names only by text, so that formats which deploy
/// content can create those first: named values (`{{tenant-id}}`), fragments
/// (`include-fragment`), backends (`set-backend-service`) and loggers (`log-to-eventhub`).
/// API Management rejects a policy whose references do not exist yet. Each list keeps the
/// order of first use and names each entity once.
public struct PolicyReferences: Hashable, Sendable {
    public private(set) var namedValues: [String] = []
    public private(set) var fragments: [String] = []
    public private(set) var backends: [String] = []
    public private(set) var loggers: [String] = []
    public private(set) var certificates: [String] = []

    public init(_ policy: ScopedPolicy) {
        switch policy.body {
        case .document(let document): document.sections.forEach { visit($0.statements) }
        case .fragment(let fragment): visit(fragment.statements)
        }
    }

    /// The named values that values outside policies refer to (backend credentials, logger
    /// connection strings).
    public init(_ values: [PolicyValue]) {
        values.forEach { visit($0) }
    }

    /// The named values a list of values refers to.
    public static func namedValues(in values: [PolicyValue]) -> [String] {
        PolicyReferences(values).namedValues
    }

    private mutating func visit(_ nodes: [PolicyNode]) {
        for node in nodes {
            switch node {
            case .element(let element): visit(element)
            case .text(let value): visit(value)
            case .raw(let raw):
                if case .success(let elements) = raw.parsed { elements.forEach { visit($0) } }
            }
        }
    }

    private mutating func visit(_ element: PolicyElement) {
        element.attributes.forEach { visit($0.value) }
        let reference: (String, WritableKeyPath<PolicyReferences, [String]>)? = switch element.name {
        case "include-fragment": ("fragment-id", \.fragments)
        case "set-backend-service": ("backend-id", \.backends)
        case "log-to-eventhub": ("logger-id", \.loggers)
        case "authentication-certificate": ("certificate-id", \.certificates)
        default: nil
        }
        if let (attribute, list) = reference, case .text(let parts)? = element.attribute(attribute), parts.count == 1,
           case .literal(let name) = parts[0] {
            Self.append(name, to: &self[keyPath: list])
        }
        visit(element.children)
    }

    private mutating func visit(_ value: PolicyValue) {
        value.namedValueReferences.forEach { Self.append($0, to: &namedValues) }
    }

    private static func append(_ name: String, to list: inout [String]) {
        if !list.contains(name) { list.append(name) }
    }
}
