/// One `Key = value` entry of a hashtable literal; keys that are not plain identifiers are quoted.
public struct PSHashEntry: Hashable, Sendable {
    public var key: String
    public var value: PSExpression

    public init(_ key: String, _ value: PSExpression) {
        self.key = key
        self.value = value
    }
}
