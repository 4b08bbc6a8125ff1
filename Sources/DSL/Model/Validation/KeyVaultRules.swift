/// Key Vaults, their private endpoints, and managed identities.
extension ValidationContext {
    mutating func checkKeyVaultAndIdentities() {
        for vault in deployment.keyVaults {
            if !(7...90).contains(vault.softDeleteRetentionDays) {
                error("Key Vault '\(vault.name)': soft-delete retention must be 7-90 days", at: vault.location)
            }
            guard let subnetName = vault.privateEndpointSubnet else { continue }
            if vault.existing {
                warning("Key Vault '\(vault.name)' exists already, so gen does not create its private endpoint", at: vault.location)
            }
            guard let subnet = deployment.virtualNetwork?.subnet(named: subnetName) else {
                error("Key Vault '\(vault.name)' puts its private endpoint in subnet '\(subnetName)', which is not declared", at: vault.location, notes: declaredSubnetsNote)
                continue
            }
            if subnet.role == .apiManagement {
                error("Key Vault '\(vault.name)' puts its private endpoint in the API Management subnet; use a subnet of role .privateEndpoints", at: vault.location)
            }
        }
        let used = Set((deployment.apiManagement?.identities ?? []) + (deployment.applicationGateway?.identities ?? []))
        for identity in deployment.identities where !used.contains(identity.name) {
            warning("managed identity '\(identity.name)' is not used", at: identity.location)
        }
        let referenced: [(String, SourceLocation)] = (deployment.apiManagement.map { apim in apim.identities.map { ($0, apim.location) } } ?? [])
            + (deployment.applicationGateway.map { gateway in gateway.identities.map { ($0, gateway.location) } } ?? [])
        // Identities named by Key Vault certificates are reported at the certificate.
        let fromCertificates = Set((deployment.apiManagement?.hostnames.compactMap { $0.certificate.keyVaultCertificate?.identity } ?? [])
            + (deployment.applicationGateway?.certificates.compactMap { $0.source.keyVaultCertificate?.identity } ?? []))
        for (name, location) in referenced where !deployment.identities.contains(where: { $0.name == name }) && !fromCertificates.contains(name) {
            error("identity '\(name)' is not declared", at: location, notes: [.init("declare ManagedIdentity(\"\(name)\")")])
        }
    }
}
