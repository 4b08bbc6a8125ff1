/// One NSG rule. Sources and destinations are service tags, address ranges or any.
public struct SecurityRule: Codable, Hashable, Sendable {
    public var name: String
    public var description: String?
    public var priority: Int
    public var direction: Direction
    public var access: Access
    public var `protocol`: NetworkProtocol
    public var source: Endpoint
    public var sourcePorts: PortRange
    public var destination: Endpoint
    /// One or more ports or ranges (Azure Monitor needs 1886 and 443).
    public var destinationPorts: [PortRange]
    /// Why the rule exists when resolve derived it (shown in docs and comments).
    public var reason: String?
    public var location: SourceLocation

    package init(name: String, description: String? = nil, priority: Int, direction: Direction, access: Access = .allow, protocol: NetworkProtocol = .tcp, source: Endpoint, sourcePorts: PortRange = .any, destination: Endpoint, destinationPorts: [PortRange], reason: String? = nil, location: SourceLocation) {
        self.name = name
        self.description = description
        self.priority = priority
        self.direction = direction
        self.access = access
        self.protocol = `protocol`
        self.source = source
        self.sourcePorts = sourcePorts
        self.destination = destination
        self.destinationPorts = destinationPorts
        self.reason = reason
        self.location = location
    }

    public enum Direction: String, Codable, Hashable, Sendable, CaseIterable {
        case inbound = "Inbound"
        case outbound = "Outbound"
    }

    public enum Access: String, Codable, Hashable, Sendable, CaseIterable {
        case allow = "Allow"
        case deny = "Deny"
    }

    public enum NetworkProtocol: String, Codable, Hashable, Sendable, CaseIterable {
        case tcp = "Tcp"
        case udp = "Udp"
        case icmp = "Icmp"
        case any = "*"
    }

    /// A rule's source or destination.
    public enum Endpoint: Codable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        case any
        case serviceTag(ServiceTag)
        /// A service tag narrowed to one region (`Storage.WestUS`): the region as Azure spells
        /// it in the tag.
        case regionalServiceTag(ServiceTag, region: String)
        case prefix(AddressPrefix)

        /// `"*"`, a service tag's name (`Storage`, or `Storage.WestUS` for one region), or a CIDR.
        public init(stringLiteral value: String) {
            let parts = value.split(separator: ".", maxSplits: 1).map(String.init)
            if value == "*" {
                self = .any
            } else if let tag = ServiceTag(rawValue: value) {
                self = .serviceTag(tag)
            } else if parts.count == 2, let tag = ServiceTag(rawValue: parts[0]), parts[1].allSatisfy({ $0.isLetter || $0.isNumber }) {
                self = .regionalServiceTag(tag, region: parts[1])
            } else {
                self = .prefix(AddressPrefix(value))
            }
        }

        public var description: String {
            switch self {
            case .any: "*"
            case .serviceTag(let tag): tag.rawValue
            case .regionalServiceTag(let tag, let region): "\(tag.rawValue).\(region)"
            case .prefix(let prefix): prefix.text
            }
        }

        /// True when traffic from `other` is matched by this endpoint.
        public func covers(_ other: Endpoint) -> Bool {
            switch (self, other) {
            case (.any, _): true
            case let (.prefix(a), .prefix(b)): a.contains(b)
            case let (.serviceTag(a), .regionalServiceTag(b, _)): a == b
            default: self == other
            }
        }
    }
}

/// Azure service tags used by the APIM-behind-gateway topologies.
public enum ServiceTag: String, Codable, Hashable, Sendable, CaseIterable {
    case gatewayManager = "GatewayManager"
    case internet = "Internet"
    case apiManagement = "ApiManagement"
    case azureLoadBalancer = "AzureLoadBalancer"
    case virtualNetwork = "VirtualNetwork"
    case storage = "Storage"
    case sql = "Sql"
    case azureKeyVault = "AzureKeyVault"
    case azureMonitor = "AzureMonitor"
    case azureActiveDirectory = "AzureActiveDirectory"
    case azureCloud = "AzureCloud"
}
