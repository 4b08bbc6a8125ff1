/// Key Vault certificates need an identity on the reader, a role on the vault and, for a
/// vault off the public network, a private endpoint with its DNS zone.
extension ResolveContext {
    /// The identities Key Vault readers and Event Hub loggers name are attached to the resource
    /// that uses them: a user-assigned one to its list, the system-assigned one by turning it on.
    mutating func attachKeyVaultIdentities() {
        let reads = deployment.keyVaultReads
        if var apim = deployment.apiManagement {
            var used = reads.filter { $0.reader == .apiManagement }.map(\.identity)
            for logger in apim.content.loggers {
                if case .eventHub(_, _, let identity) = logger.destination { used.append(identity.map(ManagedIdentityReference.userAssigned) ?? .systemAssigned) }
            }
            for identity in used {
                switch identity {
                case .systemAssigned: apim.systemAssignedIdentity = true
                case .userAssigned(let name) where !apim.identities.contains(name): apim.identities.append(name)
                case .userAssigned: break
                }
            }
            deployment.apiManagement = apim
        }
        if var gateway = deployment.applicationGateway {
            for identity in reads.filter({ $0.reader == .applicationGateway }).compactMap(\.identity.userAssignedName) where !gateway.identities.contains(identity) {
                gateway.identities.append(identity)
            }
            deployment.applicationGateway = gateway
        }
    }

    /// Private endpoints and DNS for vaults off the public network, created and existing alike:
    /// an existing vault filled by the bootstrap is reached the same way once it is closed.
    mutating func deriveKeyVaultAccess() {
        let zoneName = "privatelink.vaultcore.azure.net"
        for vault in deployment.keyVaults {
            guard let subnet = vault.privateEndpointSubnet else { continue }
            privateEndpoints.append(PrivateEndpoint(name: "pe-\(vault.name)", subnet: subnet, target: .keyVault(vault.name), groupID: "vault", dnsZone: zoneName, location: vault.location))
            if !deployment.privateDNSZones.contains(where: { $0.name == zoneName }) {
                deployment.privateDNSZones.append(PrivateDNSZone(name: zoneName, linkName: deployment.virtualNetwork.map { "\($0.name)-kv-link" }, location: vault.location))
            }
        }
    }
}
