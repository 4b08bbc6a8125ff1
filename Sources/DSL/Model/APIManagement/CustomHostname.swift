/// A custom host name of an API Management endpoint, with the certificate that serves it.
public struct CustomHostname: Codable, Hashable, Sendable {
    public var kind: Kind
    public var hostName: String
    public var certificate: CertificateSource
    /// Whether this is the default host name for TLS without SNI (gateway only).
    public var defaultSSLBinding: Bool
    public var location: SourceLocation

    package init(kind: Kind, hostName: String, certificate: CertificateSource, defaultSSLBinding: Bool = false, location: SourceLocation) {
        self.kind = kind
        self.hostName = hostName
        self.certificate = certificate
        self.defaultSSLBinding = defaultSSLBinding
        self.location = location
    }

    /// The API Management endpoint a host name belongs to.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// The API gateway (called `Proxy` by Az PowerShell and ARM).
        case gateway
        case developerPortal
        /// The legacy developer portal.
        case portal
        case management
        case scm
    }
}
