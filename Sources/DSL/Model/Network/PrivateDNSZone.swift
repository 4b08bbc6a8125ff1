/// A private DNS zone linked to the virtual network, so the gateway resolves the API
/// Management host names to its private address.
public struct PrivateDNSZone: Codable, Hashable, Sendable {
    public var name: String
    /// The link's name (`mylink` in the walkthrough); defaults to `<vnet>-link`.
    public var linkName: String?
    public var autoRegistration: Bool
    /// Records written by the user; resolve adds A records for API Management host names
    /// inside the zone that are not listed here.
    public var records: [DNSRecord]
    public var location: SourceLocation

    package init(name: String, linkName: String? = nil, autoRegistration: Bool = false, records: [DNSRecord] = [], location: SourceLocation) {
        self.name = name
        self.linkName = linkName
        self.autoRegistration = autoRegistration
        self.records = records
        self.location = location
    }

    /// The record name relative to the zone (`api` for `api.contoso.net` in `contoso.net`),
    /// `@` for the apex, nil when the host is outside the zone.
    public func relativeName(of host: String) -> String? {
        let host = host.lowercased(), zone = name.lowercased()
        if host == zone { return "@" }
        guard host.hasSuffix("." + zone) else { return nil }
        return String(host.dropLast(zone.count + 1))
    }
}

/// An A record in a private DNS zone.
public struct DNSRecord: Codable, Hashable, Sendable {
    public var name: String
    public var ttl: Int
    public var target: Target
    public var location: SourceLocation

    /// What the record points at.
    public enum Target: Codable, Hashable, Sendable {
        /// The private IP of the API Management service, known only after it is deployed.
        case apiManagementPrivateIP
        case addresses([String])
    }

    package init(name: String, ttl: Int = 3600, target: Target, location: SourceLocation) {
        self.name = name
        self.ttl = ttl
        self.target = target
        self.location = location
    }
}
