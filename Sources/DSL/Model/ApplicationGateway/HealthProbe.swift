/// A custom health probe. API Management answers only to its own host names, so the gateway's
/// default IP-based probe fails; every API Management backend needs one of these.
public struct HealthProbe: Codable, Hashable, Sendable {
    public var name: String
    public var `protocol`: GatewayProtocol
    /// The Host header; nil picks it from the backend settings.
    public var host: String?
    public var path: String
    public var intervalSeconds: Int
    public var timeoutSeconds: Int
    public var unhealthyThreshold: Int
    /// Accepted status codes, such as `200-399`.
    public var statusCodes: [String]
    public var location: SourceLocation

    package init(name: String, protocol: GatewayProtocol = .https, host: String? = nil, path: String, intervalSeconds: Int = 30, timeoutSeconds: Int = 30, unhealthyThreshold: Int = 3, statusCodes: [String] = ["200-399"], location: SourceLocation) {
        self.name = name
        self.protocol = `protocol`
        self.host = host
        self.path = path
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds
        self.unhealthyThreshold = unhealthyThreshold
        self.statusCodes = statusCodes
        self.location = location
    }
}
