/// A network security group attached to a subnet.
public struct NetworkSecurityGroup: Codable, Hashable, Sendable {
    public var name: String
    public var rules: [SecurityRule]
    /// Whether resolve adds the rules the subnet's role requires (API Management management
    /// traffic, gateway infrastructure ports) when the user's rules do not already allow them.
    public var requiredRules: RequiredRules
    public var location: SourceLocation

    /// How the rules a subnet's role requires are provided.
    public enum RequiredRules: String, Codable, Hashable, Sendable {
        /// Resolve adds any required rule the user did not write.
        case derive
        /// The user writes every rule; validation reports the missing ones.
        case manual
    }

    package init(name: String, rules: [SecurityRule] = [], requiredRules: RequiredRules = .derive, location: SourceLocation) {
        self.name = name
        self.rules = rules
        self.requiredRules = requiredRules
        self.location = location
    }
}
