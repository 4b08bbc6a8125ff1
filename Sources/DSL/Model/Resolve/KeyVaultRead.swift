/// One read of Key Vault by a service: a TLS certificate or a named value, with the identity
/// that reads it. Identities, roles and creation order all follow from these reads.
public struct KeyVaultRead: Codable, Hashable, Sendable {
    public var reader: OrderedResource
    public var vault: String
    public var identity: ManagedIdentityReference
    /// What is read, for reasons ("TLS certificates", "named values").
    public var purpose: String

    public init(reader: OrderedResource, vault: String, identity: ManagedIdentityReference, purpose: String) {
        self.reader = reader
        self.vault = vault
        self.identity = identity
        self.purpose = purpose
    }
}

extension Deployment {
    /// Every Key Vault read the deployment makes: API Management's host-name certificates, the
    /// gateway's certificates and trusted roots, then API Management's named values.
    public var keyVaultReads: [KeyVaultRead] {
        var reads: [KeyVaultRead] = []
        for hostname in apiManagement?.hostnames ?? [] {
            if let certificate = hostname.certificate.keyVaultCertificate {
                reads.append(KeyVaultRead(reader: .apiManagement, vault: certificate.vault, identity: certificate.identity, purpose: "TLS certificates"))
            }
        }
        for certificate in applicationGateway?.certificates ?? [] {
            if let reference = certificate.source.keyVaultCertificate {
                reads.append(KeyVaultRead(reader: .applicationGateway, vault: reference.vault, identity: reference.identity, purpose: "TLS certificates"))
            }
        }
        for root in applicationGateway?.trustedRootCertificates ?? [] {
            if case .keyVault(let reference) = root.source {
                reads.append(KeyVaultRead(reader: .applicationGateway, vault: reference.vault, identity: reference.identity, purpose: "TLS certificates"))
            }
        }
        for namedValue in apiManagement?.content.namedValues ?? [] {
            if case .keyVault(let vault, _, let identity) = namedValue.value {
                reads.append(KeyVaultRead(reader: .apiManagement, vault: vault, identity: identity, purpose: "named values"))
            }
        }
        return reads
    }
}
