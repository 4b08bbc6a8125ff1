import DSL

/// What a policy document or fragment refers to only by name, so that the template can make
/// it wait for those resources: API Management rejects a policy whose `{{named-value}}`,
/// `include-fragment`, `set-backend-service` backend or `log-to-eventhub` logger does not exist yet.
struct PolicyReferences: Equatable {
    var namedValues: [String] = []
    var fragments: [String] = []
    var backends: [String] = []
    var loggers: [String] = []

    init(_ policy: ScopedPolicy) {
        switch policy.body {
        case .document(let document): document.sections.forEach { collect($0.statements) }
        case .fragment(let fragment): collect(fragment.statements)
        }
    }

    init(_ values: [PolicyValue]) {
        values.forEach { add($0) }
    }

    init() {}

    private mutating func collect(_ nodes: [PolicyNode]) {
        for node in nodes {
            switch node {
            case .element(let element): collect(element)
            case .text(let value): add(value)
            case .raw(let raw):
                if case .success(let elements) = raw.parsed { elements.forEach { collect($0) } }
            }
        }
    }

    private mutating func collect(_ element: PolicyElement) {
        element.attributes.forEach { add($0.value) }
        let named: (String, WritableKeyPath<PolicyReferences, [String]>)? = switch element.name {
        case "include-fragment": ("fragment-id", \.fragments)
        case "set-backend-service": ("backend-id", \.backends)
        case "log-to-eventhub": ("logger-id", \.loggers)
        default: nil
        }
        if let (attribute, list) = named, case .text(let parts)? = element.attribute(attribute), parts.count == 1, case .literal(let id) = parts[0] {
            append(id, to: list)
        }
        collect(element.children)
    }

    private mutating func add(_ value: PolicyValue) {
        value.namedValueReferences.forEach { append($0, to: \.namedValues) }
    }

    private mutating func append(_ name: String, to list: WritableKeyPath<PolicyReferences, [String]>) {
        if !self[keyPath: list].contains(name) { self[keyPath: list].append(name) }
    }
}
