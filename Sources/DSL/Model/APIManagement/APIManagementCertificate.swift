/// A certificate API Management holds for its policies and backends (`Microsoft.ApiManagement/
/// service/certificates`): the client certificate `authentication-certificate certificate-id`
/// presents to a backend. It stays in Key Vault, which the service reads (and re-reads when the
/// certificate is renewed) with a managed identity; no private key passes through a deployment.
public struct APIManagementCertificate: Codable, Hashable, Sendable {
    /// The certificate's id in the service, as policies name it.
    public var name: String
    public var keyVault: KeyVaultCertificate
    public var location: SourceLocation

    package init(name: String, keyVault: KeyVaultCertificate, location: SourceLocation) {
        self.name = name
        self.keyVault = keyVault
        self.location = location
    }
}
