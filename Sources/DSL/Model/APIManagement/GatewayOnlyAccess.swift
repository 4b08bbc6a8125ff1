/// How a publicly reachable API Management service admits only the Application Gateway in
/// front of it. Resolve turns the choice into a global policy statement; the gateway's
/// address reaches the policy through a derived named value. `.automatic` (the default) lets
/// the topology choose: `.privateEndpoint` when the gateway reaches the service through its
/// private endpoint, `.ipFilter` otherwise.
///
/// ```swift
/// APIManagement("apim-orders", sku: .standard, organization: "Contoso", adminEmail: "ops@contoso.com",
///               gatewayOnlyAccess: .checkHeader(header: "X-Gateway-Key", namedValue: "gateway-key"))
/// ```
public enum GatewayOnlyAccess: Codable, Hashable, Sendable {
    /// The topology's choice (`APIManagement.effectiveGatewayOnlyAccess`).
    case automatic
    /// A global `ip-filter` allowing only the gateway's public IP (named value
    /// `gateway-public-ip`, the address Azure assigns at deployment time).
    case ipFilter
    /// A global check answering 403 to every request that does not arrive through a private
    /// endpoint: `context.Request.PrivateEndpointConnection` is null for those (Learn: API
    /// Management policy expressions). The service's public `*.azure-api.net` endpoint then
    /// serves no API, with no second deployment to disable public network access.
    case privateEndpoint
    /// A global `check-header` requiring `header` to carry the secret named value
    /// `namedValue`; the gateway must add that header with a rewrite rule.
    case checkHeader(header: String, namedValue: String)
    /// No restriction: the service stays open to every caller.
    case none
}
