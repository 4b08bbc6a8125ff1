/// A Key Vault that holds the deployment's certificates: RBAC authorization, purge protection,
/// public network access disabled and a private endpoint, by default.
public struct KeyVault: Codable, Hashable, Sendable {
    public var name: String
    /// True when the vault exists already and is only referenced, not created.
    public var existing: Bool
    public var sku: SKU
    public var softDeleteRetentionDays: Int
    /// The subnet (by name) for the vault's private endpoint; nil keeps it off the network.
    public var privateEndpointSubnet: String?
    public var location: SourceLocation

    public enum SKU: String, Codable, Hashable, Sendable, CaseIterable {
        case standard
        case premium
    }

    package init(name: String, existing: Bool = false, sku: SKU = .standard, softDeleteRetentionDays: Int = 90, privateEndpointSubnet: String? = nil, location: SourceLocation) {
        self.name = name
        self.existing = existing
        self.sku = sku
        self.softDeleteRetentionDays = softDeleteRetentionDays
        self.privateEndpointSubnet = privateEndpointSubnet
        self.location = location
    }
}

extension KeyVault {
    /// Whether the vault's firewall is on (public network access disabled): gen disables it on
    /// every vault it creates; an existing vault counts as firewalled when it is reached
    /// through a private endpoint.
    public var isFirewalled: Bool { !existing || privateEndpointSubnet != nil }

    /// The versionless identifier of a secret (or certificate) in a vault, as Application Gateway
    /// and API Management take it: Azure picks up new versions without a redeployment.
    public static func secretIdentifier(vault: String, secret: String) -> String {
        uri(of: vault) + "secrets/\(secret)"
    }

    /// The vault's URI in Azure's public cloud (`https://<name>.vault.azure.net/`), for a vault
    /// the deployment refers to by name only.
    public static func uri(of vault: String) -> String {
        "https://\(vault).vault.azure.net/"
    }
}
