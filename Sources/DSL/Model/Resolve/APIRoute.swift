/// A published gateway path that reaches an API, and the frontend that publishes it.
public struct APIRoute: Codable, Hashable, Sendable {
    public var path: String
    public var hostName: String
    public var frontend: FrontendKind
    public var listener: String
    public var location: SourceLocation

    package init(path: String, hostName: String, frontend: FrontendKind, listener: String, location: SourceLocation) {
        self.path = path
        self.hostName = hostName
        self.frontend = frontend
        self.listener = listener
        self.location = location
    }
}

extension ResolvedDeployment {
    /// The gateway's API Management publications, in exposure order.
    public var gatewayPublication: GatewayPublication? { publications.first { $0.endpoint == .gateway } }

    /// Every published gateway path through which requests reach `api`.
    public func routes(reaching api: API) -> [APIRoute] {
        let apis = deployment.apiManagement?.content.apis ?? []
        return publications.flatMap { publication in
            publication.paths(reaching: api, among: apis).map {
                APIRoute(path: $0, hostName: publication.hostName, frontend: publication.frontend, listener: publication.listener, location: publication.location)
            }
        }
    }
}
