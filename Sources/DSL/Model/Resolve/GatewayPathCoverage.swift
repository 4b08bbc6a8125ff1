/// Which API a gateway path pattern reaches. Application Gateway path patterns are exact
/// (`/orders`) or end in `*` (`/orders/*`); API Management serves a request with the API whose
/// URL suffix is the longest prefix of the request path.
enum GatewayPathCoverage {
    /// `/<path>/`, or `/` for an API at the root.
    static func prefix(of api: API) -> String {
        let trimmed = api.path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        return trimmed.isEmpty ? "/" : "/\(trimmed)/"
    }

    static func path(_ pattern: String, reaches api: API, among apis: [API]) -> Bool {
        let target = prefix(of: api)
        let wildcard = pattern.hasSuffix("*")
        let requestPrefix = wildcard ? String(pattern.dropLast()) : (pattern.hasSuffix("/") ? pattern : pattern + "/")
        // The pattern admits every request under the API's own path.
        if wildcard, target.hasPrefix(requestPrefix) { return true }
        // The pattern lies inside an API's path: the API with the longest matching path serves it.
        let serving = apis.map(prefix(of:)).filter { requestPrefix.hasPrefix($0) }.max { $0.count < $1.count }
        return serving == target
    }
}
