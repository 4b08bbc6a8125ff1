/// An API published by API Management. The spine models what the gateway's routing needs
/// (its path and exposure); operations and policies arrive with the content issue.
public struct API: Codable, Hashable, Sendable {
    public var name: String
    public var displayName: String
    /// URL suffix under the gateway host (`orders` serves `/orders/*`).
    public var path: String
    public var serviceURL: String?
    public var exposure: Exposure
    public var location: SourceLocation

    /// Who can reach the API.
    public enum Exposure: String, Codable, Hashable, Sendable {
        /// Only consumers inside the virtual network.
        case `internal`
        /// Also the internet, through the gateway's path-based routing.
        case external
    }

    public init(name: String, displayName: String? = nil, path: String, serviceURL: String? = nil, exposure: Exposure = .internal, location: SourceLocation) {
        self.name = name
        self.displayName = displayName ?? name
        self.path = path
        self.serviceURL = serviceURL
        self.exposure = exposure
        self.location = location
    }
}
