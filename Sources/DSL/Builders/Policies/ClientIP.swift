/// Where a policy reads the client's address when API Management sits behind Application
/// Gateway, whose own address is what `context.Request.IpAddress` returns there (Learn:
/// "Filter on request IP Address when using an Application Gateway").
///
/// ```swift
/// RateLimitByKey(calls: 120, renewalPeriod: 60, counterKey: .clientIP(.forwardedFor))
/// QuotaByKey(calls: 10_000, renewalPeriod: 86_400, counterKey: .clientIP(.header("X-Client-IP")))
/// ```
public enum ClientIPSource: Hashable, Sendable {
    /// The last hop of `X-Forwarded-For`: Application Gateway appends the address it received
    /// the request from (as `address:port`) after whatever the client sent, so the last entry
    /// is the one a client cannot forge.
    case forwardedFor
    /// A header a gateway rewrite rule sets from the `client_ip` server variable, overwriting
    /// any value the client sent. The manifest cannot declare that rule yet, so validation
    /// warns: without it the client chooses the value.
    case header(String)
}

extension PolicyValue {
    /// A policy expression that evaluates to the client's address behind Application Gateway.
    ///
    /// ```swift
    /// RateLimitByKey(calls: 120, renewalPeriod: 60, counterKey: .clientIP(.forwardedFor))
    /// ```
    public static func clientIP(_ source: ClientIPSource) -> PolicyValue {
        switch source {
        case .forwardedFor:
            return .expression("""
                @{ string[] hops = context.Request.Headers.GetValueOrDefault("X-Forwarded-For", "").Split(','); \
                string last = hops[hops.Length - 1].Trim(); int colon = last.LastIndexOf(':'); \
                return colon > 0 ? (last.IndexOf(':') == colon ? last.Substring(0, colon) : last) : last; }
                """)
        case .header(let name):
            let literal = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return .expression("@(context.Request.Headers.GetValueOrDefault(\"\(literal)\", \"\"))")
        }
    }
}
