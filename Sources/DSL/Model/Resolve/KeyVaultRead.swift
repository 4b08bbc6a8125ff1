/// One read of Key Vault by a service: a TLS certificate or a named value, with the identity
/// that reads it. Identities, roles, creation order and the vault's bootstrap all follow from
/// these reads.
public struct KeyVaultRead: Codable, Hashable, Sendable {
    public var reader: OrderedResource
    public var vault: String
    public var object: KeyVaultObject
    public var identity: ManagedIdentityReference
    /// What is read, for reasons ("TLS certificates", "named values").
    public var purpose: String
    /// What reads it, for messages ("the certificate of host name api.contoso.com").
    public var subject: String
    public var location: SourceLocation

    package init(reader: OrderedResource, vault: String, object: KeyVaultObject, identity: ManagedIdentityReference, purpose: String, subject: String, location: SourceLocation) {
        self.reader = reader
        self.vault = vault
        self.object = object
        self.identity = identity
        self.purpose = purpose
        self.subject = subject
        self.location = location
    }
}

/// An object in a vault, as the bootstrap must put it there: certificates are imported from
/// PFX files, secrets set from values the operator types.
public enum KeyVaultObject: Codable, Hashable, Sendable {
    case certificate(String)
    case secret(String)

    public var name: String {
        switch self {
        case .certificate(let name), .secret(let name): name
        }
    }

    /// "certificate 'api-contoso-com'", for messages.
    public var description: String {
        switch self {
        case .certificate(let name): "certificate '\(name)'"
        case .secret(let name): "secret '\(name)'"
        }
    }
}

extension Deployment {
    /// Every Key Vault read the deployment makes: API Management's host-name certificates, the
    /// gateway's certificates and trusted roots, then API Management's certificates and named values.
    public var keyVaultReads: [KeyVaultRead] {
        var reads: [KeyVaultRead] = []
        for hostname in apiManagement?.hostnames ?? [] {
            if let certificate = hostname.certificate.keyVaultCertificate {
                reads.append(KeyVaultRead(reader: .apiManagement, vault: certificate.vault, object: .certificate(certificate.certificate), identity: certificate.identity,
                                          purpose: "TLS certificates", subject: "the certificate of host name \(hostname.hostName)", location: hostname.location))
            }
        }
        for certificate in applicationGateway?.certificates ?? [] {
            if let reference = certificate.source.keyVaultCertificate {
                reads.append(KeyVaultRead(reader: .applicationGateway, vault: reference.vault, object: .certificate(reference.certificate), identity: reference.identity,
                                          purpose: "TLS certificates", subject: "the gateway certificate '\(certificate.name)'", location: certificate.location))
            }
        }
        for root in applicationGateway?.trustedRootCertificates ?? [] {
            if case .keyVault(let reference) = root.source {
                reads.append(KeyVaultRead(reader: .applicationGateway, vault: reference.vault, object: .certificate(reference.certificate), identity: reference.identity,
                                          purpose: "TLS certificates", subject: "the gateway's trusted root certificate '\(root.name)'", location: root.location))
            }
        }
        for certificate in apiManagement?.content.certificates ?? [] {
            reads.append(KeyVaultRead(reader: .apiManagement, vault: certificate.keyVault.vault, object: .certificate(certificate.keyVault.certificate),
                                      identity: certificate.keyVault.identity, purpose: "client certificates", subject: "certificate '\(certificate.name)'",
                                      location: certificate.location))
        }
        for namedValue in apiManagement?.content.namedValues ?? [] {
            if case .keyVault(let vault, let secret, let identity) = namedValue.value {
                reads.append(KeyVaultRead(reader: .apiManagement, vault: vault, object: .secret(secret), identity: identity,
                                          purpose: "named values", subject: "named value '\(namedValue.name)'", location: namedValue.location))
            }
        }
        return reads
    }
}
