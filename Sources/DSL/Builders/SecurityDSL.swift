extension ManagedIdentity: DeploymentComponent {
    /// A user-assigned managed identity.
    /// Application Gateway reads Key Vault certificates only through one of these; list it in the
    /// gateway's `identities:`.
    ///
    /// ```swift
    /// ManagedIdentity("id-apim-edge-certificates")
    /// ```
    public init(_ name: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, location: .here(file, line, column))
    }

    /// Adds the identity to the deployment.
    public func apply(to deployment: inout Deployment) { deployment.identities.append(self) }
}

extension KeyVault: DeploymentComponent {
    /// A Key Vault for the certificates; `existing: true` references one instead of creating it.
    /// A vault the deployment creates has RBAC authorization, purge protection and public access
    /// off, and starts empty: what the deployment reads must be in an `existing: true` vault,
    /// which `bootstrap-keyvault.ps1` creates and fills once. `privateEndpointSubnet` adds a
    /// private endpoint there (a `.privateEndpoints` subnet, not API Management's); soft-delete
    /// retention is 7-90 days.
    ///
    /// ```swift
    /// KeyVault("kv-apim-edge-prod", existing: true, privateEndpointSubnet: "snet-private-endpoints")
    /// ```
    public init(_ name: String, existing: Bool = false, sku: SKU = .standard, softDeleteRetentionDays: Int = 90, privateEndpointSubnet: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, existing: existing, sku: sku, softDeleteRetentionDays: softDeleteRetentionDays,
                  privateEndpointSubnet: privateEndpointSubnet, location: .here(file, line, column))
    }

    /// Adds the vault to the deployment.
    public func apply(to deployment: inout Deployment) { deployment.keyVaults.append(self) }
}
