extension ManagedIdentity: DeploymentComponent {
    /// A user-assigned managed identity.
    public init(_ name: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.identities.append(self) }
}

extension KeyVault: DeploymentComponent {
    /// A Key Vault for the certificates; `existing: true` references one instead of creating it.
    public init(_ name: String, existing: Bool = false, sku: SKU = .standard, softDeleteRetentionDays: Int = 90, privateEndpointSubnet: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, existing: existing, sku: sku, softDeleteRetentionDays: softDeleteRetentionDays,
                  privateEndpointSubnet: privateEndpointSubnet, location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.keyVaults.append(self) }
}
