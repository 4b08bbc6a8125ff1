/// A section of a policy document, in the order APIM runs them.
public struct PolicySection: Codable, Hashable, Sendable {
    public var kind: Kind
    public var statements: [PolicyNode]
    public var location: SourceLocation

    package init(kind: Kind, statements: [PolicyNode], location: SourceLocation) {
        self.kind = kind
        self.statements = statements
        self.location = location
    }

    /// The four sections; the raw value is the element name.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
        case inbound
        case backend
        case outbound
        case onError = "on-error"

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}
