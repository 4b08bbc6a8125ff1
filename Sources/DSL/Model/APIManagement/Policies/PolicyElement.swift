/// One element of a policy document: a policy statement (`rate-limit`) or one of its parts
/// (`audiences`). Generic and Codable, so every policy — modelled by a typed DSL struct or
/// written as raw XML — travels through the manifest's JSON the same way.
public struct PolicyElement: Codable, Hashable, Sendable {
    /// The element name as the policy reference spells it (`validate-jwt`).
    public var name: String
    /// Attributes in the order they are written.
    public var attributes: [PolicyAttribute]
    public var children: [PolicyNode]
    /// Where a statement was declared; nil for the parts inside a statement.
    public var location: SourceLocation?

    package init(_ name: String, attributes: [PolicyAttribute] = [], children: [PolicyNode] = [], location: SourceLocation? = nil) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.location = location
    }

    /// Attributes from `(name, value)` pairs in order, leaving out the nil values.
    package init(_ name: String, _ attributes: [(String, PolicyValue?)], children: [PolicyNode] = [], location: SourceLocation? = nil) {
        self.init(name, attributes: attributes.compactMap { pair in pair.1.map { PolicyAttribute(pair.0, $0) } }, children: children, location: location)
    }

    /// An element whose only child is a text value: `<audience>api://orders</audience>`.
    public init(_ name: String, text: PolicyValue) {
        self.init(name, children: [.text(text)])
    }

    public func attribute(_ name: String) -> PolicyValue? {
        attributes.first { $0.name == name }?.value
    }

    /// The element children, in order.
    public var elements: [PolicyElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }
}

/// One `name="value"` attribute of a policy element.
public struct PolicyAttribute: Codable, Hashable, Sendable {
    public var name: String
    public var value: PolicyValue

    public init(_ name: String, _ value: PolicyValue) {
        self.name = name
        self.value = value
    }
}

/// A child of a policy element or a statement of a section.
public enum PolicyNode: Codable, Hashable, Sendable {
    case element(PolicyElement)
    case text(PolicyValue)
    /// XML the DSL does not model, kept as written; validation checks that it is well-formed
    /// and emitters parse it into elements.
    case raw(RawPolicyXML)
}

/// Policy XML written by hand (the escape hatch for what the DSL does not model).
public struct RawPolicyXML: Codable, Hashable, Sendable {
    public var xml: String
    public var location: SourceLocation

    package init(xml: String, location: SourceLocation) {
        self.xml = xml
        self.location = location
    }

    /// The parsed elements, or the first well-formedness problem.
    public var parsed: Result<[PolicyElement], PolicyXMLParser.Problem> {
        Result { () throws(PolicyXMLParser.Problem) in try PolicyXMLParser.parseFragment(xml, location: location) }
    }
}
