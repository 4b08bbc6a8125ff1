/// How the gateway talks to a backend pool: port, protocol, affinity, probe, host header.
public struct BackendSettings: Codable, Hashable, Sendable {
    public var name: String
    public var port: Int
    public var `protocol`: GatewayProtocol
    public var cookieBasedAffinity: Bool
    public var probe: String?
    /// Trusted root certificates (by name) for backends whose chain is not publicly trusted.
    public var trustedRootCertificates: [String]
    public var hostName: HostNameSource
    public var requestTimeoutSeconds: Int
    public var location: SourceLocation

    /// Which Host header the gateway sends to the backend.
    public enum HostNameSource: Codable, Hashable, Sendable {
        /// The backend's own FQDN (the pool member).
        case pickFromBackendAddress
        case explicit(String)
        /// The host the client asked for.
        case original
    }

    package init(name: String, port: Int = 443, protocol: GatewayProtocol = .https, cookieBasedAffinity: Bool = false, probe: String? = nil, trustedRootCertificates: [String] = [], hostName: HostNameSource = .pickFromBackendAddress, requestTimeoutSeconds: Int = 30, location: SourceLocation) {
        self.name = name
        self.port = port
        self.protocol = `protocol`
        self.cookieBasedAffinity = cookieBasedAffinity
        self.probe = probe
        self.trustedRootCertificates = trustedRootCertificates
        self.hostName = hostName
        self.requestTimeoutSeconds = requestTimeoutSeconds
        self.location = location
    }
}
