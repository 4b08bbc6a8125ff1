/// `output name type = value` with its decorators.
public struct BicepOutput: Hashable, Sendable {
    public var decorators: [BicepDecorator]
    public var name: String
    public var type: BicepType
    public var value: BicepExpression

    public init(_ name: String, _ type: BicepType, _ value: BicepExpression, decorators: [BicepDecorator] = []) {
        self.decorators = decorators
        self.name = name
        self.type = type
        self.value = value
    }
}
