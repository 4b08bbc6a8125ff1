/// `param name type = default` with its decorators.
public struct BicepParameter: Hashable, Sendable {
    public var decorators: [BicepDecorator]
    public var name: String
    public var type: BicepType
    public var defaultValue: BicepExpression?

    public init(
        _ name: String, _ type: BicepType, default defaultValue: BicepExpression? = nil,
        decorators: [BicepDecorator] = []
    ) {
        self.decorators = decorators
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
    }
}
