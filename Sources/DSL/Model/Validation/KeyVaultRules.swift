/// Key Vaults, their private endpoints, and managed identities.
extension ValidationContext {
    mutating func checkKeyVaultAndIdentities() {
        for vault in deployment.keyVaults {
            if !(7...90).contains(vault.softDeleteRetentionDays) {
                error("Key Vault '\(vault.name)': soft-delete retention must be 7-90 days", at: vault.location)
            }
            guard let subnetName = vault.privateEndpointSubnet else { continue }
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
        let fromCertificates = Set((deployment.apiManagement?.hostnames.compactMap { $0.certificate.keyVaultCertificate?.identity.userAssignedName } ?? [])
            + (deployment.applicationGateway?.certificates.compactMap { $0.source.keyVaultCertificate?.identity.userAssignedName } ?? []))
        for (name, location) in referenced where !deployment.identities.contains(where: { $0.name == name }) && !fromCertificates.contains(name) {
            error("identity '\(name)' is not declared", at: location, notes: [.init("declare ManagedIdentity(\"\(name)\")")])
        }
        checkKeyVaultReaders()
    }

    /// Who may read which vault: API Management reads a firewalled vault only with its
    /// system-assigned identity and only from inside the virtual network; Application Gateway
    /// reads with user-assigned identities only; nothing reads a vault this deployment creates,
    /// because it is empty until someone imports into it.
    private mutating func checkKeyVaultReaders() {
        var reported: Set<String> = []
        for read in deployment.keyVaultReads {
            guard let vault = deployment.keyVaults.first(where: { $0.name == read.vault }) else { continue }
            if !vault.existing && reported.insert(vault.name).inserted {
                error("\(read.subject) is read from Key Vault '\(vault.name)', which this deployment creates empty, so the first deployment fails",
                      at: read.location, notes: [
                          .init("the vault is created here with public network access disabled; nothing can import \(read.object.description) into it before the services read it", at: vault.location),
                          .init("write KeyVault(\"\(vault.name)\", existing: true\(vault.privateEndpointSubnet.map { ", privateEndpointSubnet: \"\($0)\"" } ?? "")) and run powershell/bootstrap-keyvault.ps1 once before the first deployment: it creates the vault and imports what the deployment reads"),
                      ])
            }
            guard vault.isFirewalled else { continue }
            switch read.reader {
            case .apiManagement, .apiManagementHostnames:
                guard let apim = deployment.apiManagement else { continue }
                if case .userAssigned(let name) = read.identity {
                    error("API Management reads \(read.subject) from Key Vault '\(vault.name)' with user-assigned identity '\(name)', which a firewalled vault refuses",
                          at: read.location, notes: [
                              .init("the vault's public network access is disabled; API Management must read it with its system-assigned identity (Learn: Configure a custom domain name, Use named values)", at: vault.location),
                              .init("write identity: .systemAssigned; gen turns the identity on and grants it Key Vault Secrets User on the vault"),
                          ])
                }
                if apim.virtualNetwork == .none {
                    error("API Management reads \(read.subject) from Key Vault '\(vault.name)', which is reachable only through its private endpoint, but the service is not in the virtual network",
                          at: read.location, notes: [
                              .init("a service outside the virtual network has no network path to a private vault; the trusted-service bypass for API Management was retired in March 2026", at: apim.location),
                              .init("inject the service (virtualNetwork: .external or .internal) or read the certificate from a vault that allows public access (KeyVault(\"\(vault.name)\", existing: true) without a private endpoint subnet)"),
                          ])
                }
            case .applicationGateway:
                break
            }
        }
        if let gateway = deployment.applicationGateway {
            var reads: [(KeyVaultCertificate, String, SourceLocation)] = gateway.certificates.compactMap { certificate in
                certificate.source.keyVaultCertificate.map { ($0, certificate.name, certificate.location) }
            }
            for root in gateway.trustedRootCertificates {
                if case .keyVault(let reference) = root.source { reads.append((reference, root.name, root.location)) }
            }
            for (reference, name, location) in reads where reference.identity == .systemAssigned {
                error("Application Gateway certificate '\(name)' is read from Key Vault '\(reference.vault)' with a system-assigned identity, which Application Gateway does not have",
                      at: location, notes: [.init("Application Gateway reads Key Vault with user-assigned identities only; name one (identity: \"id-gateway\"), or give the gateway one (ApplicationGateway(identities: [\"id-gateway\"])) to read the certificates it takes over from API Management host names")])
            }
        }
    }
}
