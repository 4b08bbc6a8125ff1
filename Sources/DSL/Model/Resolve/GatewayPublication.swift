/// What one `Expose(…)` really publishes: the listener and frontend it binds, the host it
/// serves and the paths its routing forwards to API Management. Resolve records it while it
/// expands the exposure, so validation, the runbook and the diagram read the same routing the
/// gateway formats render.
public struct GatewayPublication: Codable, Hashable, Sendable {
    public var endpoint: EndpointExposure.Endpoint
    public var listener: String
    public var frontend: FrontendKind
    public var hostName: String
    /// The gateway paths forwarded to API Management; empty when the gateway forwards every path.
    public var paths: [String]
    /// Whether `paths` were listed in the manifest (`paths:`) or derived from the `.external` APIs.
    public var pathsDeclared: Bool
    public var location: SourceLocation

    package init(endpoint: EndpointExposure.Endpoint, listener: String, frontend: FrontendKind, hostName: String, paths: [String], pathsDeclared: Bool, location: SourceLocation) {
        self.endpoint = endpoint
        self.listener = listener
        self.frontend = frontend
        self.hostName = hostName
        self.paths = paths
        self.pathsDeclared = pathsDeclared
        self.location = location
    }

    /// Whether the gateway forwards every path of the host to API Management.
    public var publishesEveryPath: Bool { paths.isEmpty }

    /// The published paths through which requests reach `api`, given every API of the service
    /// (API Management serves a request with the API whose path is the longest prefix of it).
    public func paths(reaching api: API, among apis: [API]) -> [String] {
        guard endpoint == .gateway else { return [] }
        let candidates = publishesEveryPath ? ["/*"] : paths
        return candidates.filter { GatewayPathCoverage.path($0, reaches: api, among: apis) }
    }
}
