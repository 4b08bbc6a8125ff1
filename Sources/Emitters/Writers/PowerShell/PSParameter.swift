/// A script parameter in the `param(...)` block, with its `.PARAMETER` help text.
public struct PSParameter: Hashable, Sendable {
    public var name: String
    /// The type inside `[ ]`: `string`, `SecureString`, `int`, `switch`; nil for untyped.
    public var type: String?
    public var mandatory: Bool
    /// `[ValidateSet('a', 'b')]` when not empty.
    public var validateSet: [String]
    public var defaultValue: PSExpression?
    public var help: String?

    public init(
        _ name: String, type: String? = "string", mandatory: Bool = false,
        validateSet: [String] = [], defaultValue: PSExpression? = nil, help: String? = nil
    ) {
        self.name = name
        self.type = type
        self.mandatory = mandatory
        self.validateSet = validateSet
        self.defaultValue = defaultValue
        self.help = help
    }
}
