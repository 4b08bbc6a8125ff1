/// An object in a Resource Manager template whose members keep insertion order. A key is
/// usually a name; a computed key (a user-assigned identity's resource ID) is an expression.
public struct RMObject: Hashable, Sendable {
    /// A member's key.
    public enum MemberKey: Hashable, Sendable {
        case name(String)
        case computed(RMExpression)
    }

    /// One `key: value` member.
    public struct Member: Hashable, Sendable {
        public var key: MemberKey
        public var value: RMExpression
    }

    public var members: [Member] = []

    public init() {}

    public init(_ pairs: [(String, RMExpression)]) {
        members = pairs.map { Member(key: .name($0.0), value: $0.1) }
    }

    public var isEmpty: Bool { members.isEmpty }

    /// Appends `key: value`.
    public mutating func set(_ key: String, _ value: RMExpression) {
        members.append(Member(key: .name(key), value: value))
    }

    /// Appends `key: value` when `value` is not nil.
    public mutating func set(_ key: String, ifPresent value: RMExpression?) {
        if let value { set(key, value) }
    }

    /// Appends a member whose key is computed.
    public mutating func set(computed key: RMExpression, _ value: RMExpression) {
        members.append(Member(key: .computed(key), value: value))
    }

    func collectSymbols(into symbols: inout [RMSymbol]) {
        for member in members {
            if case .computed(let key) = member.key { key.collectSymbols(into: &symbols) }
            member.value.collectSymbols(into: &symbols)
        }
    }
}

extension RMObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, RMExpression)...) { self.init(elements) }
}
