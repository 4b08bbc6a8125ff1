/// A backend pool: the FQDNs or IP addresses the gateway forwards to. Empty pools are the
/// dead end for paths that are not published.
public struct BackendPool: Codable, Hashable, Sendable {
    public var name: String
    public var targets: [Target]
    public var location: SourceLocation

    public enum Target: Codable, Hashable, Sendable {
        case fqdn(String)
        case ipAddress(String)
    }

    package init(name: String, targets: [Target] = [], location: SourceLocation) {
        self.name = name
        self.targets = targets
        self.location = location
    }

    public var fqdns: [String] { targets.compactMap { if case .fqdn(let f) = $0 { f } else { nil } } }
    public var ipAddresses: [String] { targets.compactMap { if case .ipAddress(let a) = $0 { a } else { nil } } }
}
