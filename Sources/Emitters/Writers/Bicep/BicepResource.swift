/// `resource symbol 'type@apiVersion' [existing] = [if (condition)] { ... }`.
///
/// The writer puts `parent:` first and `dependsOn:` last around the `body` properties.
public struct BicepResource: Hashable, Sendable {
    public var decorators: [BicepDecorator]
    public var symbol: String
    /// `Microsoft.Network/virtualNetworks`.
    public var type: String
    public var apiVersion: String
    public var existing: Bool
    /// Deploys the resource only when this is true: `= if (condition) {`.
    public var condition: BicepExpression?
    /// The parent resource's symbol.
    public var parent: String?
    public var body: BicepObject
    /// Symbols of resources this one explicitly depends on.
    public var dependsOn: [String]

    public init(
        _ symbol: String, type: String, apiVersion: String, existing: Bool = false,
        condition: BicepExpression? = nil, parent: String? = nil, body: BicepObject = [:],
        dependsOn: [String] = [], decorators: [BicepDecorator] = []
    ) {
        self.decorators = decorators
        self.symbol = symbol
        self.type = type
        self.apiVersion = apiVersion
        self.existing = existing
        self.condition = condition
        self.parent = parent
        self.body = body
        self.dependsOn = dependsOn
    }
}
