/// The virtual network that holds the gateway, API Management and private endpoint subnets.
public struct VirtualNetwork: Codable, Hashable, Sendable {
    public var name: String
    public var addressSpace: [AddressPrefix]
    public var subnets: [Subnet]
    /// Custom DNS servers; empty means Azure-provided DNS (which resolves private DNS zones).
    public var dnsServers: [String]
    public var location: SourceLocation

    package init(name: String, addressSpace: [AddressPrefix], subnets: [Subnet] = [], dnsServers: [String] = [], location: SourceLocation) {
        self.name = name
        self.addressSpace = addressSpace
        self.subnets = subnets
        self.dnsServers = dnsServers
        self.location = location
    }

    public func subnet(named name: String) -> Subnet? { subnets.first { $0.name == name } }

    public func subnet(withRole role: SubnetRole) -> Subnet? { subnets.first { $0.role == role } }
}
