/// An Application Gateway v2 in front of API Management: SKU, scale, frontends and the
/// listener → rule → pool chain, plus the sugar that exposes API Management endpoints.
public struct ApplicationGateway: Codable, Hashable, Sendable {
    public var name: String
    public var sku: SKU
    public var capacity: Capacity
    public var zones: [Int]
    /// The subnet (by name) the gateway is deployed into; defaults to the gateway-role subnet.
    public var subnet: String?
    /// The gateway IP configuration's name (`gatewayIP01` in the walkthrough).
    public var ipConfigurationName: String
    public var frontend: Frontend
    /// User-assigned identities (by name), for Key Vault certificates.
    public var identities: [String]
    public var http2: Bool
    public var tlsPolicy: TLSPolicy
    public var firewall: Firewall
    public var certificates: [GatewayCertificate]
    public var trustedRootCertificates: [TrustedRootCertificate]
    public var listeners: [Listener]
    public var probes: [HealthProbe]
    public var backendSettings: [BackendSettings]
    public var backendPools: [BackendPool]
    public var urlPathMaps: [URLPathMap]
    public var redirects: [RedirectConfiguration]
    public var rules: [RoutingRule]
    /// Sugar: API Management endpoints to publish; resolve expands each into listener,
    /// certificate, probe, settings, pool, rule and DNS record.
    public var exposures: [EndpointExposure]
    public var location: SourceLocation

    package init(name: String, sku: SKU = .wafV2, capacity: Capacity = .fixed(2), zones: [Int] = [], subnet: String? = nil, ipConfigurationName: String = "gatewayIP01", frontend: Frontend = .init(), identities: [String] = [], http2: Bool = true, tlsPolicy: TLSPolicy = .predefined(.appGwSslPolicy20220101S), firewall: Firewall = .none, certificates: [GatewayCertificate] = [], trustedRootCertificates: [TrustedRootCertificate] = [], listeners: [Listener] = [], probes: [HealthProbe] = [], backendSettings: [BackendSettings] = [], backendPools: [BackendPool] = [], urlPathMaps: [URLPathMap] = [], redirects: [RedirectConfiguration] = [], rules: [RoutingRule] = [], exposures: [EndpointExposure] = [], location: SourceLocation) {
        self.name = name
        self.sku = sku
        self.capacity = capacity
        self.zones = zones
        self.subnet = subnet
        self.ipConfigurationName = ipConfigurationName
        self.frontend = frontend
        self.identities = identities
        self.http2 = http2
        self.tlsPolicy = tlsPolicy
        self.firewall = firewall
        self.certificates = certificates
        self.trustedRootCertificates = trustedRootCertificates
        self.listeners = listeners
        self.probes = probes
        self.backendSettings = backendSettings
        self.backendPools = backendPools
        self.urlPathMaps = urlPathMaps
        self.redirects = redirects
        self.rules = rules
        self.exposures = exposures
        self.location = location
    }

    /// Application Gateway v2 tiers.
    public enum SKU: String, Codable, Hashable, Sendable, CaseIterable {
        case standardV2 = "Standard_v2"
        case wafV2 = "WAF_v2"
    }

    /// Fixed instance count or autoscale bounds.
    public enum Capacity: Codable, Hashable, Sendable {
        case fixed(Int)
        case autoscale(minimum: Int, maximum: Int)

        /// The most instances the gateway can run, each taking one subnet address.
        public var maximumInstances: Int {
            switch self {
            case .fixed(let count): count
            case .autoscale(_, let maximum): maximum
            }
        }

        public var minimumInstances: Int {
            switch self {
            case .fixed(let count): count
            case .autoscale(let minimum, _): minimum
            }
        }
    }

    /// The gateway's frontend IP configurations: public, private, or both.
    public struct Frontend: Codable, Hashable, Sendable {
        /// The public IP (by name) of the public frontend; nil for a private-only gateway.
        public var publicIP: String?
        public var publicName: String
        /// The static private address of the private frontend, inside the gateway subnet.
        public var privateIPAddress: String?
        public var privateName: String

        public init(publicIP: String? = nil, publicName: String = "frontend1", privateIPAddress: String? = nil, privateName: String = "privatefrontend") {
            self.publicIP = publicIP
            self.publicName = publicName
            self.privateIPAddress = privateIPAddress
            self.privateName = privateName
        }
    }

    /// How the gateway runs its web application firewall.
    public enum Firewall: Codable, Hashable, Sendable {
        case none
        /// A `WAFPolicy` (by name) associated with the gateway.
        case policy(String)
        /// The legacy inline configuration the walkthrough uses.
        case inline(WAFConfiguration)
    }

    public func listener(named name: String) -> Listener? { listeners.first { $0.name == name } }
    public func probe(named name: String) -> HealthProbe? { probes.first { $0.name == name } }
    public func settings(named name: String) -> BackendSettings? { backendSettings.first { $0.name == name } }
    public func pool(named name: String) -> BackendPool? { backendPools.first { $0.name == name } }
}
