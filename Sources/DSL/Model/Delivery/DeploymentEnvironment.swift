/// A stage the deployment is promoted through (dev, test, prod). The spine records the name
/// and whether it is production; per-environment overrides arrive with the environments issue.
public struct DeploymentEnvironment: Codable, Hashable, Sendable {
    public var name: String
    public var production: Bool
    public var location: SourceLocation

    public init(name: String, production: Bool = false, location: SourceLocation) {
        self.name = name
        self.production = production
        self.location = location
    }
}
