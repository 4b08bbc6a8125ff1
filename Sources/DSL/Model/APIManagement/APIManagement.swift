/// The API Management service: tier, publisher, network placement, host names and content.
public struct APIManagement: Codable, Hashable, Sendable {
    public var name: String
    public var sku: SKU
    /// Scale units (capacity). Developer is always 1.
    public var units: Int
    /// A bound no tier reaches (Premium scales to a few dozen units), so that arithmetic on a
    /// unit count is safe once validation accepts it.
    public static let maximumUnits = 100
    public var publisherName: String
    public var publisherEmail: String
    public var virtualNetwork: VirtualNetworkMode
    /// The subnet (by name) API Management is injected into, for External and Internal modes.
    public var subnet: String?
    public var zones: [Int]
    /// User-assigned identities (by name) attached to the service, for Key Vault access.
    public var identities: [String]
    /// Whether the service has its system-assigned identity; resolve turns it on when the
    /// service reads Key Vault with it.
    public var systemAssignedIdentity: Bool
    public var hostnames: [CustomHostname]
    /// Whether the service answers on its public endpoint; disabled in zero-trust topologies.
    public var publicNetworkAccess: Bool
    /// The subnet (by name) of a Private Link endpoint for the gateway endpoint (group
    /// `Gateway`); the zero-trust topology reaches the service only through it.
    public var privateEndpointSubnet: String?
    /// How the service admits only the Application Gateway; `.automatic` leaves it to the
    /// topology (`effectiveGatewayOnlyAccess`).
    public var gatewayOnlyAccess: GatewayOnlyAccess
    /// Whether anyone may create a developer portal account; off unless asked for, so that
    /// accounts (and their subscription keys) are invited, not self-served.
    public var developerPortalSignUp: Bool
    public var content: APIManagementContent
    public var location: SourceLocation

    package init(name: String, sku: SKU, units: Int = 1, publisherName: String, publisherEmail: String, virtualNetwork: VirtualNetworkMode = .none, subnet: String? = nil, zones: [Int] = [], identities: [String] = [], systemAssignedIdentity: Bool = false, hostnames: [CustomHostname] = [], publicNetworkAccess: Bool = true, privateEndpointSubnet: String? = nil, gatewayOnlyAccess: GatewayOnlyAccess = .automatic, developerPortalSignUp: Bool = false, content: APIManagementContent = .init(), location: SourceLocation) {
        self.name = name
        self.sku = sku
        self.units = units
        self.publisherName = publisherName
        self.publisherEmail = publisherEmail
        self.virtualNetwork = virtualNetwork
        self.subnet = subnet
        self.zones = zones
        self.identities = identities
        self.systemAssignedIdentity = systemAssignedIdentity
        self.hostnames = hostnames
        self.publicNetworkAccess = publicNetworkAccess
        self.privateEndpointSubnet = privateEndpointSubnet
        self.gatewayOnlyAccess = gatewayOnlyAccess
        self.developerPortalSignUp = developerPortalSignUp
        self.content = content
        self.location = location
    }

    /// The identities attached to the service as Azure combines them; nil for none.
    public var identityType: ManagedIdentityType? {
        ManagedIdentityType(systemAssigned: systemAssignedIdentity, userAssigned: identities)
    }

    /// The service's own gateway host (`<name>.azure-api.net`), which public DNS resolves to
    /// the service (or, through the `privatelink.azure-api.net` CNAME, to its private endpoint).
    public var defaultGatewayHost: String { Self.defaultHost(of: name, .gateway)! }

    /// The host an endpoint answers on without a custom host name; nil for endpoints that have
    /// none (the legacy portal, SCM).
    public func defaultHost(_ kind: CustomHostname.Kind) -> String? { Self.defaultHost(of: name, kind) }

    /// `<service>.azure-api.net`, `<service>.developer.azure-api.net`, `<service>.management.azure-api.net`.
    public static func defaultHost(of service: String, _ kind: CustomHostname.Kind) -> String? {
        let service = service.lowercased()
        switch kind {
        case .gateway: return "\(service).azure-api.net"
        case .developerPortal: return "\(service).developer.azure-api.net"
        case .management: return "\(service).management.azure-api.net"
        case .portal, .scm: return nil
        }
    }

    public func hostname(_ kind: CustomHostname.Kind) -> CustomHostname? {
        hostnames.first { $0.kind == kind }
    }

    /// API Management pricing tiers.
    public enum SKU: String, Codable, Hashable, Sendable, CaseIterable {
        case developer = "Developer"
        case basic = "Basic"
        case standard = "Standard"
        case premium = "Premium"
        case basicV2 = "BasicV2"
        case standardV2 = "StandardV2"
        case premiumV2 = "PremiumV2"

        /// Whether the tier can be injected into a virtual network in Internal mode.
        public var supportsInternalVirtualNetwork: Bool {
            self == .developer || self == .premium || self == .premiumV2
        }

        /// Whether the tier can be injected into a virtual network in External mode.
        public var supportsExternalVirtualNetwork: Bool {
            self == .developer || self == .premium
        }

        /// Availability zones as a list; Premium v2 is zone redundant instead (`zoneRedundant`), which gen does not set.
        public var supportsZones: Bool { self == .premium }

        /// Whether the gateway endpoint can be reached through a Private Link endpoint.
        public var supportsPrivateEndpoint: Bool { self != .basicV2 }
    }

    /// The tiers this service's network shape allows (virtual network mode, inbound private
    /// endpoint), in declaration order: what validation accepts and what a deployment
    /// parameter for the tier may take.
    public var acceptedSKUs: [SKU] {
        SKU.allCases.filter { sku in
            let network = switch virtualNetwork {
            case .none: true
            case .internal: sku.supportsInternalVirtualNetwork
            case .external: sku.supportsExternalVirtualNetwork
            }
            return network && (privateEndpointSubnet == nil || sku.supportsPrivateEndpoint)
        }
    }

    /// How API Management sits in the virtual network.
    public enum VirtualNetworkMode: String, Codable, Hashable, Sendable, CaseIterable {
        case none = "None"
        case external = "External"
        case `internal` = "Internal"
    }
}

extension APIManagement {
    /// How the service admits only the gateway: as declared, or the topology's choice (through
    /// its private endpoint when it has one, by the gateway's IP otherwise).
    public var effectiveGatewayOnlyAccess: GatewayOnlyAccess {
        guard gatewayOnlyAccess == .automatic else { return gatewayOnlyAccess }
        return privateEndpointSubnet == nil ? .ipFilter : .privateEndpoint
    }
}

/// What the service publishes and how: APIs, products, named values, certificates, backends,
/// loggers and diagnostics, version sets, policy fragments and the global policy.
public struct APIManagementContent: Codable, Hashable, Sendable {
    public var apis: [API]
    public var products: [Product]
    public var namedValues: [NamedValue]
    public var certificates: [APIManagementCertificate]
    public var backends: [APIBackend]
    public var loggers: [APILogger]
    public var diagnostics: [APIDiagnostic]
    public var versionSets: [APIVersionSet]
    public var fragments: [PolicyFragment]
    /// The global (all APIs) policy.
    public var policies: PolicyDocument?

    public init(apis: [API] = [], products: [Product] = [], namedValues: [NamedValue] = [], certificates: [APIManagementCertificate] = [],
                backends: [APIBackend] = [], loggers: [APILogger] = [],
                diagnostics: [APIDiagnostic] = [], versionSets: [APIVersionSet] = [], fragments: [PolicyFragment] = [], policies: PolicyDocument? = nil) {
        self.apis = apis
        self.products = products
        self.namedValues = namedValues
        self.certificates = certificates
        self.backends = backends
        self.loggers = loggers
        self.diagnostics = diagnostics
        self.versionSets = versionSets
        self.fragments = fragments
        self.policies = policies
    }
}
