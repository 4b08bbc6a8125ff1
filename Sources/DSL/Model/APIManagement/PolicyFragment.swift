/// A policy fragment: statements that policies include with `include-fragment`.
public struct PolicyFragment: Codable, Hashable, Sendable {
    public var name: String
    public var description: String?
    public var statements: [PolicyNode]
    public var location: SourceLocation

    package init(name: String, description: String? = nil, statements: [PolicyNode], location: SourceLocation) {
        self.name = name
        self.description = description
        self.statements = statements
        self.location = location
    }
}
