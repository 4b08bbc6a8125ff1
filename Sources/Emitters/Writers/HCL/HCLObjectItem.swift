/// One `key = value` entry of an object expression. Keys that are not identifiers are quoted.
public struct HCLObjectItem: Hashable, Sendable {
    public var key: String
    public var value: HCLExpression

    public init(_ key: String, _ value: HCLExpression) {
        self.key = key
        self.value = value
    }
}
