/// A stage the deployment is promoted through (dev, test, prod): its name, whether it is
/// production, and what it sets differently from the deployment as declared.
public struct DeploymentEnvironment: Codable, Hashable, Sendable {
    public var name: String
    public var production: Bool
    /// Settings this environment changes, in declaration order (a later one wins).
    public var overrides: [EnvironmentOverride]
    public var location: SourceLocation

    public init(name: String, production: Bool = false, overrides: [EnvironmentOverride] = [], location: SourceLocation) {
        self.name = name
        self.production = production
        self.overrides = overrides
        self.location = location
    }
}
