/// How a publicly reachable API Management service admits only the Application Gateway in
/// front of it. Resolve turns the choice into a global policy statement; the gateway's
/// address reaches the policy through a derived named value.
public enum GatewayOnlyAccess: Codable, Hashable, Sendable {
    /// A global `ip-filter` allowing only the gateway's public IP (named value
    /// `gateway-public-ip`, the address Azure assigns at deployment time).
    case ipFilter
    /// A global `check-header` requiring `header` to carry the secret named value
    /// `namedValue`; the gateway must add that header with a rewrite rule.
    case checkHeader(header: String, namedValue: String)
    /// No restriction: the service stays open to every caller.
    case none
}
