/// A template output.
public struct RMOutput: Hashable, Sendable {
    public var name: String
    public var type: RMType
    public var description: String
    public var value: RMExpression

    public init(_ name: String, _ type: RMType, description: String, value: RMExpression) {
        self.name = name
        self.type = type
        self.description = description
        self.value = value
    }
}
