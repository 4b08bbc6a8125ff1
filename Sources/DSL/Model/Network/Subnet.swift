/// A subnet of the virtual network, with the role it plays and what is attached to it.
public struct Subnet: Codable, Hashable, Sendable {
    public var name: String
    public var addressPrefix: AddressPrefix
    public var role: SubnetRole
    public var networkSecurityGroup: NetworkSecurityGroup?
    public var routeTable: RouteTable?
    public var location: SourceLocation

    package init(name: String, addressPrefix: AddressPrefix, role: SubnetRole, networkSecurityGroup: NetworkSecurityGroup? = nil, routeTable: RouteTable? = nil, location: SourceLocation) {
        self.name = name
        self.addressPrefix = addressPrefix
        self.role = role
        self.networkSecurityGroup = networkSecurityGroup
        self.routeTable = routeTable
        self.location = location
    }
}

/// What a subnet is for. Application Gateway needs a subnet of its own; API Management in a
/// virtual network needs one too.
public enum SubnetRole: String, Codable, Hashable, Sendable, CaseIterable {
    case applicationGateway
    case apiManagement
    case privateEndpoints
    case other
}
