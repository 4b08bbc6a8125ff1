/// A Standard, statically allocated public IP address (the only kind Application Gateway v2
/// accepts).
public struct PublicIPAddress: Codable, Hashable, Sendable {
    public var name: String
    public var zones: [Int]
    /// DNS label: the gateway's public name becomes `<label>.<region>.cloudapp.azure.com`.
    public var domainNameLabel: String?
    public var location: SourceLocation

    package init(name: String, zones: [Int] = [], domainNameLabel: String? = nil, location: SourceLocation) {
        self.name = name
        self.zones = zones
        self.domainNameLabel = domainNameLabel
        self.location = location
    }
}
