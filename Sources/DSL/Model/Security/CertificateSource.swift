/// Where a TLS certificate comes from. A password is always a reference, never a literal.
public enum CertificateSource: Codable, Hashable, Sendable {
    /// A PFX file next to the manifest (or an absolute path) and the reference to its password.
    case pfx(path: String, password: SecretReference)
    /// A certificate in Key Vault, read through a user-assigned managed identity.
    case keyVault(KeyVaultCertificate)

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
    /// The user-assigned identity (by name) allowed to read it.
    public var identity: String

    public init(vault: String, certificate: String, identity: String) {
        self.vault = vault
        self.certificate = certificate
        self.identity = identity
    }

    /// The versionless secret identifier, as Application Gateway and API Management take it.
    public var secretIdentifier: String { KeyVault.secretIdentifier(vault: vault, secret: certificate) }
}
