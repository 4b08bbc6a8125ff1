/// One `if`/`elseif` branch.
public struct PSConditional: Hashable, Sendable {
    public var condition: PSExpression
    public var body: [PSStatement]

    public init(_ condition: PSExpression, _ body: [PSStatement]) {
        self.condition = condition
        self.body = body
    }
}
