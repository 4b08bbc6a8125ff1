/// A TLS certificate the gateway presents on HTTPS listeners.
public struct GatewayCertificate: Codable, Hashable, Sendable {
    public var name: String
    public var source: CertificateSource
    public var location: SourceLocation

    package init(name: String, source: CertificateSource, location: SourceLocation) {
        self.name = name
        self.source = source
        self.location = location
    }
}

/// A root certificate the gateway trusts for backend TLS (a `.cer` file or a Key Vault secret).
public struct TrustedRootCertificate: Codable, Hashable, Sendable {
    public var name: String
    public var source: Source
    public var location: SourceLocation

    public enum Source: Codable, Hashable, Sendable {
        case cerFile(String)
        case keyVault(KeyVaultCertificate)
    }

    package init(name: String, source: Source, location: SourceLocation) {
        self.name = name
        self.source = source
        self.location = location
    }
}
