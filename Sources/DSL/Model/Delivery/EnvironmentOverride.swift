/// One setting an environment changes, located where the manifest says so.
public struct EnvironmentOverride: Codable, Hashable, Sendable {
    public var setting: Setting
    public var location: SourceLocation

    /// The settings an environment may change: sizes, SKUs, zones, the WAF mode, host names
    /// and their certificates, and named values (through which policies take per-environment
    /// values such as rate limits, CORS origins and backend URLs).
    public enum Setting: Codable, Hashable, Sendable {
        case apiManagementSKU(APIManagement.SKU)
        case apiManagementUnits(Int)
        case apiManagementZones([Int])
        case gatewayCapacity(ApplicationGateway.Capacity)
        case gatewayZones([Int])
        /// The mode of the gateway's WAF (its policy or inline configuration).
        case firewallMode(WAFMode)
        /// The host name of an API Management endpoint, and optionally its certificate.
        case hostname(CustomHostname.Kind, hostName: String, certificate: CertificateSource?)
        /// The value of a declared named value.
        case namedValue(String, NamedValue.Value)
        /// A globally unique name, instead of the naming convention's.
        case resourceName(NamedResource, String)
    }

    /// The resources whose names are unique across Azure (or a region), so each environment
    /// needs its own: what the naming convention renames.
    public enum NamedResource: Codable, Hashable, Sendable {
        /// The API Management service (`<name>.azure-api.net`).
        case apiManagement
        /// The DNS label of a public IP address (`<label>.<region>.cloudapp.azure.com`).
        case publicIPDomainLabel(String)
    }

    package init(setting: Setting, location: SourceLocation) {
        self.setting = setting
        self.location = location
    }
}
