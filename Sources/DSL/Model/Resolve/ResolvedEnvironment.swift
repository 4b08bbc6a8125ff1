/// One environment, fully resolved: the declared deployment with the environment's naming and
/// overrides applied and every derivation redone, so emitters and validation see it as its own
/// deployment (its resource group, subscription and names are `deployment`'s).
public struct ResolvedEnvironment: Codable, Hashable, Sendable {
    public var name: String
    public var production: Bool
    public var deployment: ResolvedDeployment
    /// The Azure DevOps service connection its apply uses; nil: the pipeline's.
    public var serviceConnection: String?
    /// The read-only connection its plan uses; nil: `<serviceConnection>-plan`.
    public var planServiceConnection: String?
    public var location: SourceLocation

    package init(name: String, production: Bool, deployment: ResolvedDeployment, serviceConnection: String? = nil, planServiceConnection: String? = nil,
                location: SourceLocation) {
        self.name = name
        self.production = production
        self.deployment = deployment
        self.serviceConnection = serviceConnection
        self.planServiceConnection = planServiceConnection
        self.location = location
    }

    public var resourceGroup: String { deployment.resourceGroup }
    public var subscription: String? { deployment.deployment.subscription }

    /// The connection apply signs in with, given the pipeline's.
    public func applyIdentity(_ pipeline: PipelineSettings) -> String { serviceConnection ?? pipeline.serviceConnection }

    /// The read-only connection plan signs in with, given the pipeline's.
    public func planIdentity(_ pipeline: PipelineSettings) -> String {
        planServiceConnection ?? serviceConnection.map { $0 + "-plan" } ?? pipeline.planIdentity
    }
}
