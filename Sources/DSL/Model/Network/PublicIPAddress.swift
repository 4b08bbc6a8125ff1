/// A Standard, statically allocated public IP address (the only kind Application Gateway v2
/// accepts).
public struct PublicIPAddress: Codable, Hashable, Sendable {
    public var name: String
    public var zones: [Int]
    /// DNS label: the gateway's public name becomes `<label>.<region>.cloudapp.azure.com`.
    public var domainNameLabel: String?
    public var ddosProtection: DDoSProtection
    public var location: SourceLocation

    package init(name: String, zones: [Int] = [], domainNameLabel: String? = nil, ddosProtection: DDoSProtection = .virtualNetworkInherited, location: SourceLocation) {
        self.name = name
        self.zones = zones
        self.domainNameLabel = domainNameLabel
        self.ddosProtection = ddosProtection
        self.location = location
    }

    /// How Azure DDoS Protection covers the address (Learn: "Azure DDoS Protection SKU
    /// comparison"). Every public IP has the free infrastructure protection; these add tuned,
    /// per-address mitigation, telemetry and alerts.
    ///
    /// ```swift
    /// PublicIPAddress("pip-orders", zones: [1, 2, 3], ddosProtection: .ipProtection)
    /// ```
    public enum DDoSProtection: String, Codable, Hashable, Sendable, CaseIterable {
        /// Azure's default: protected when the virtual network has a DDoS Network Protection plan.
        case virtualNetworkInherited = "VirtualNetworkInherited"
        /// DDoS IP Protection for this address alone (the API's `Enabled`), billed per address.
        case ipProtection = "Enabled"
    }
}
