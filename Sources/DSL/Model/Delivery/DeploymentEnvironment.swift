/// A stage the deployment is promoted through (dev, test, prod): its name, whether it is
/// production, where it deploys, and what it sets differently from the deployment as declared.
public struct DeploymentEnvironment: Codable, Hashable, Sendable {
    public var name: String
    public var production: Bool
    /// Its resource group; nil: the declared one with the naming convention applied.
    public var resourceGroup: String?
    /// Its subscription (a GUID); nil: the declared one, or the service connection's.
    public var subscription: String?
    /// How its names derive from the declared ones; nil: `EnvironmentNaming.default(for:)`.
    public var naming: EnvironmentNaming?
    /// The Azure DevOps service connection its apply signs in with; nil: the pipeline's.
    public var serviceConnection: String?
    /// The read-only service connection its plan signs in with; nil: `<serviceConnection>-plan`.
    public var planServiceConnection: String?
    /// Settings this environment changes, in declaration order (a later one wins).
    public var overrides: [EnvironmentOverride]
    public var location: SourceLocation

    package init(name: String, production: Bool = false, resourceGroup: String? = nil, subscription: String? = nil, naming: EnvironmentNaming? = nil,
                serviceConnection: String? = nil, planServiceConnection: String? = nil, overrides: [EnvironmentOverride] = [], location: SourceLocation) {
        self.name = name
        self.production = production
        self.resourceGroup = resourceGroup
        self.subscription = subscription
        self.naming = naming
        self.serviceConnection = serviceConnection
        self.planServiceConnection = planServiceConnection
        self.overrides = overrides
        self.location = location
    }

    /// The naming convention in force: the declared one, else the default.
    public var effectiveNaming: EnvironmentNaming { naming ?? .default(for: self) }
}
