/// Sugar: publish an API Management endpoint through the gateway. Resolve turns it into a
/// certificate, listener, probe, backend settings, pool, rule and private DNS record, with
/// the walkthrough's names and probe paths as defaults.
public struct EndpointExposure: Codable, Hashable, Sendable {
    public var endpoint: Endpoint
    /// Gateway paths to publish (`/external/*`); empty publishes every path.
    public var paths: [String]
    /// Adds a port-80 listener that redirects to HTTPS.
    public var redirectHTTP: Bool
    /// The developer portal's administrative mode needs more WAF rules relaxed.
    public var administrativeMode: Bool
    public var probe: ProbeOverrides
    public var requestTimeoutSeconds: Int
    public var cookieBasedAffinity: Bool
    public var location: SourceLocation

    /// An API Management endpoint that can be published.
    public enum Endpoint: String, Codable, Hashable, Sendable, CaseIterable {
        case gateway
        case developerPortal
        case management

        /// The custom host name kind that serves this endpoint.
        public var hostnameKind: CustomHostname.Kind {
            switch self {
            case .gateway: .gateway
            case .developerPortal: .developerPortal
            case .management: .management
            }
        }
    }

    /// Probe values that differ from the endpoint's defaults.
    public struct ProbeOverrides: Codable, Hashable, Sendable {
        public var path: String?
        public var intervalSeconds: Int?
        public var timeoutSeconds: Int?
        public var unhealthyThreshold: Int?

        public init(path: String? = nil, intervalSeconds: Int? = nil, timeoutSeconds: Int? = nil, unhealthyThreshold: Int? = nil) {
            self.path = path
            self.intervalSeconds = intervalSeconds
            self.timeoutSeconds = timeoutSeconds
            self.unhealthyThreshold = unhealthyThreshold
        }
    }

    package init(endpoint: Endpoint, paths: [String] = [], redirectHTTP: Bool = false, administrativeMode: Bool = false, probe: ProbeOverrides = .init(), requestTimeoutSeconds: Int = 180, cookieBasedAffinity: Bool = false, location: SourceLocation) {
        self.endpoint = endpoint
        self.paths = paths
        self.redirectHTTP = redirectHTTP
        self.administrativeMode = administrativeMode
        self.probe = probe
        self.requestTimeoutSeconds = requestTimeoutSeconds
        self.cookieBasedAffinity = cookieBasedAffinity
        self.location = location
    }
}
