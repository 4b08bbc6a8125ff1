/// `var name = value` with its decorators.
public struct BicepVariable: Hashable, Sendable {
    public var decorators: [BicepDecorator]
    public var name: String
    public var value: BicepExpression

    public init(_ name: String, _ value: BicepExpression, decorators: [BicepDecorator] = []) {
        self.decorators = decorators
        self.name = name
        self.value = value
    }
}
