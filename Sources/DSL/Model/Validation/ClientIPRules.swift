/// Behind Application Gateway, API Management's caller is the gateway: `ip-filter` and
/// counters keyed on `context.Request.IpAddress` see the gateway's address, not the client's
/// (Learn: "Filter on request IP Address when using an Application Gateway").
extension ValidationContext {
    static let requestIPExpression = "context.Request.IpAddress"
    static let clientIPKeyed: Set<String> = ["rate-limit-by-key", "quota-by-key"]

    /// Whether requests in `scope` can arrive through the gateway's published paths.
    func isReachedThroughGateway(_ scope: PolicyScope) -> Bool {
        guard resolved.gatewayPublication != nil, let apim = deployment.apiManagement else { return false }
        func reached(_ name: String) -> Bool {
            apim.content.apis.filter { $0.name == name }.contains { !resolved.routes(reaching: $0).isEmpty }
        }
        switch scope {
        case .global, .fragment: return true
        case .api(let name), .operation(let name, _): return reached(name)
        case .product(let name): return apim.content.products.first { $0.name == name }?.apis.contains(where: reached) ?? false
        }
    }

    mutating func checkClientIP(_ element: PolicyElement, at location: SourceLocation, scope: PolicyScope) {
        // The gateway-only restriction resolve derives (at API Management's declaration) is meant to see the gateway.
        guard let publication = resolved.gatewayPublication, let apim = deployment.apiManagement, location != apim.location,
              isReachedThroughGateway(scope) else { return }
        let gateway = deployment.applicationGateway?.name ?? "the gateway"
        let learn = Diagnostic.Note("Learn: \"Filter on request IP Address when using an Application Gateway\"")
        let published = Diagnostic.Note("the gateway publishes API Management here", at: publication.location)
        if element.name == "ip-filter" {
            warning("ip-filter in \(scope) checks the caller's address, which behind Application Gateway '\(gateway)' is the gateway's own: every client is allowed or forbidden alike",
                    at: location,
                    notes: [published,
                            .init("filter clients with a WAF custom rule on the gateway, or compare PolicyValue.clientIP(.forwardedFor) (the last X-Forwarded-For hop, which the gateway appends) in a choose/check"),
                            learn])
        } else if Self.clientIPKeyed.contains(element.name), let key = element.attribute("counter-key"), let header = Self.clientIPHeader(in: key) {
            // The gateway declares no rewrite rule, so nothing overwrites what the client sends.
            warning("\(element.name) in \(scope) counts by the header '\(header)', which nothing in this deployment sets at Application Gateway '\(gateway)': a client sends any value it likes and gets a counter of its own",
                    at: location,
                    notes: [published,
                            .init("use counterKey: .clientIP(.forwardedFor), the last X-Forwarded-For hop, which the gateway appends and a client cannot forge")])
        } else if Self.clientIPKeyed.contains(element.name), let key = element.attribute("counter-key"), key.description.contains(Self.requestIPExpression) {
            warning("\(element.name) in \(scope) counts by \(Self.requestIPExpression), which behind Application Gateway '\(gateway)' is the gateway's address: all clients share one counter",
                    at: location,
                    notes: [published,
                            .init("use counterKey: .clientIP(.forwardedFor), the last X-Forwarded-For hop the gateway appends"),
                            learn])
        }
    }

    /// The header of a counter key in `PolicyValue.clientIP(.header(…))`'s form whose name says
    /// it carries the client's address (`X-Client-IP`, `X-Real-IP`, `True-Client-IP`).
    static func clientIPHeader(in key: PolicyValue) -> String? {
        let text = key.description, prefix = "@(context.Request.Headers.GetValueOrDefault(\"", suffix = "\", \"\"))"
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count else { return nil }
        let name = String(text.dropFirst(prefix.count).dropLast(suffix.count))
        let words = Set(name.lowercased().split { $0 == "-" || $0 == "_" }.map(String.init))
        return words.isDisjoint(with: ["ip", "client", "forwarded", "connecting"]) ? nil : name
    }
}
