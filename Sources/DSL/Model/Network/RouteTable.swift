/// A route table (user-defined routes) attached to a subnet.
public struct RouteTable: Codable, Hashable, Sendable {
    public var name: String
    public var routes: [Route]
    public var location: SourceLocation

    package init(name: String, routes: [Route] = [], location: SourceLocation) {
        self.name = name
        self.routes = routes
        self.location = location
    }
}

/// One user-defined route.
public struct Route: Codable, Hashable, Sendable {
    public var name: String
    public var addressPrefix: AddressPrefix
    public var nextHop: NextHop
    public var location: SourceLocation

    public enum NextHop: Codable, Hashable, Sendable {
        case internet
        case virtualNetwork
        case virtualAppliance(String)
        case none
    }

    package init(name: String, addressPrefix: AddressPrefix, nextHop: NextHop, location: SourceLocation) {
        self.name = name
        self.addressPrefix = addressPrefix
        self.nextHop = nextHop
        self.location = location
    }
}
