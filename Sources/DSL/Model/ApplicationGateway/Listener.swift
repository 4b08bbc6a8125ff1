/// An HTTP or HTTPS listener: frontend, port, host names, certificate.
public struct Listener: Codable, Hashable, Sendable {
    public var name: String
    public var `protocol`: GatewayProtocol
    public var frontend: FrontendKind
    public var port: Int
    public var hostNames: [String]
    public var requireServerNameIndication: Bool
    /// The gateway certificate (by name) an HTTPS listener serves.
    public var certificate: String?
    /// A WAF policy (by name) for this listener only, overriding the gateway's.
    public var firewallPolicy: String?
    public var location: SourceLocation

    package init(name: String, protocol: GatewayProtocol = .https, frontend: FrontendKind = .public, port: Int? = nil, hostNames: [String] = [], requireServerNameIndication: Bool = true, certificate: String? = nil, firewallPolicy: String? = nil, location: SourceLocation) {
        self.name = name
        self.protocol = `protocol`
        self.frontend = frontend
        self.port = port ?? `protocol`.defaultPort
        self.hostNames = hostNames
        self.requireServerNameIndication = `protocol` == .https && requireServerNameIndication && !hostNames.isEmpty
        self.certificate = certificate
        self.firewallPolicy = firewallPolicy
        self.location = location
    }

    /// The name of the frontend port this listener uses (`port01` for 443 in the walkthrough).
    public var frontendPortName: String { FrontendPortNaming.name(for: port) }
}

/// Names of frontend ports, shared by every emitter: the walkthrough's `port01` for 443.
public enum FrontendPortNaming {
    public static func name(for port: Int) -> String {
        port == 443 ? "port01" : "port\(port)"
    }
}

/// HTTP or HTTPS, as the gateway's listeners, probes and backend settings take them.
public enum GatewayProtocol: String, Codable, Hashable, Sendable, CaseIterable {
    case http = "Http"
    case https = "Https"

    public var defaultPort: Int { self == .https ? 443 : 80 }
}

/// Which frontend IP configuration a listener binds to.
public enum FrontendKind: String, Codable, Hashable, Sendable, CaseIterable {
    case `public`
    case `private`
}
