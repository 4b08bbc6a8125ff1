/// Where a TLS certificate comes from. A password is always a reference, never a literal.
public enum CertificateSource: Codable, Hashable, Sendable {
    /// A PFX file next to the manifest (or an absolute path) and the reference to its password.
    case pfx(path: String, password: SecretReference)
    /// A certificate in Key Vault, read through a managed identity of the reader.
    case keyVault(KeyVaultCertificate)

    /// Whether both name the same certificate, whichever identity reads it: API Management
    /// reads a Key Vault certificate with its own identity, the gateway with a user-assigned one.
    public func isSameCertificate(as other: CertificateSource) -> Bool {
        if let mine = keyVaultCertificate, let theirs = other.keyVaultCertificate {
            return mine.vault == theirs.vault && mine.certificate == theirs.certificate
        }
        return self == other
    }

    public var keyVaultCertificate: KeyVaultCertificate? {
        if case .keyVault(let certificate) = self { certificate } else { nil }
    }
}

/// A certificate stored in Key Vault and the identity that reads it.
public struct KeyVaultCertificate: Codable, Hashable, Sendable {
    /// The vault's name (declared in the manifest with `KeyVault`, or an existing vault).
    public var vault: String
    /// The certificate's name; its versionless secret identifier lets Azure pick up renewals.
    public var certificate: String
    /// The identity allowed to read it: API Management's system-assigned identity (required
    /// for a firewalled vault) or a user-assigned one (the only kind Application Gateway takes).
    public var identity: ManagedIdentityReference

    public init(vault: String, certificate: String, identity: ManagedIdentityReference) {
        self.vault = vault
        self.certificate = certificate
        self.identity = identity
    }

    /// The versionless secret identifier, as Application Gateway and API Management take it.
    public var secretIdentifier: String { KeyVault.secretIdentifier(vault: vault, secret: certificate) }
}

extension Deployment {
    /// The TLS certificates of API Management's host names and of the gateway's listeners.
    public var certificateSources: [CertificateSource] {
        (apiManagement?.hostnames ?? []).map(\.certificate) + (applicationGateway?.certificates ?? []).map(\.source)
    }
}
