/// One environment, fully resolved: the declared deployment with the environment's overrides
/// applied and every derivation redone, so emitters and validation see it as its own deployment.
public struct ResolvedEnvironment: Codable, Hashable, Sendable {
    public var name: String
    public var production: Bool
    public var deployment: ResolvedDeployment
    public var location: SourceLocation

    public init(name: String, production: Bool, deployment: ResolvedDeployment, location: SourceLocation) {
        self.name = name
        self.production = production
        self.deployment = deployment
        self.location = location
    }
}
