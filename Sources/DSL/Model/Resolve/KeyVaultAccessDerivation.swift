/// Key Vault certificates need an identity on the reader, a role on the vault and, for a
/// vault off the public network, a private endpoint with its DNS zone.
extension ResolveContext {
    /// Identities named by Key Vault certificates are attached to the resource that reads them.
    mutating func attachKeyVaultIdentities() {
        if var apim = deployment.apiManagement {
            for hostname in apim.hostnames {
                if let identity = hostname.certificate.keyVaultCertificate?.identity, !apim.identities.contains(identity) {
                    apim.identities.append(identity)
                }
            }
            deployment.apiManagement = apim
        }
        if var gateway = deployment.applicationGateway {
            let fromCertificates = gateway.certificates.compactMap { $0.source.keyVaultCertificate?.identity }
            let fromRoots = gateway.trustedRootCertificates.compactMap { root -> String? in
                if case .keyVault(let certificate) = root.source { certificate.identity } else { nil }
            }
            for identity in fromCertificates + fromRoots where !gateway.identities.contains(identity) {
                gateway.identities.append(identity)
            }
            deployment.applicationGateway = gateway
        }
    }

    mutating func deriveKeyVaultAccess() {
        var readers: [(identity: String, vault: String, reader: String, what: String)] = []
        for hostname in deployment.apiManagement?.hostnames ?? [] {
            if let certificate = hostname.certificate.keyVaultCertificate {
                readers.append((certificate.identity, certificate.vault, "API Management", "TLS certificates"))
            }
        }
        for certificate in deployment.applicationGateway?.certificates ?? [] {
            if let reference = certificate.source.keyVaultCertificate {
                readers.append((reference.identity, reference.vault, "Application Gateway", "TLS certificates"))
            }
        }
        for root in deployment.applicationGateway?.trustedRootCertificates ?? [] {
            if case .keyVault(let reference) = root.source {
                readers.append((reference.identity, reference.vault, "Application Gateway", "TLS certificates"))
            }
        }
        readers += namedValueKeyVaultReaders.map { ($0.identity, $0.vault, $0.reader, "named values") }
        for reader in readers where !roleAssignments.contains(where: { $0.identity == reader.identity && $0.vault == reader.vault }) {
            let sharing = readers.filter { $0.identity == reader.identity && $0.vault == reader.vault }
            let users = Set(sharing.map(\.reader)).sorted()
            let what = Set(sharing.map(\.what)).sorted(by: >)
            roleAssignments.append(RoleAssignment(identity: reader.identity, vault: reader.vault, role: .keyVaultSecretsUser,
                                                  reason: "\(users.joined(separator: " and ")) read \(what.joined(separator: " and ")) from Key Vault"))
        }

        let zoneName = "privatelink.vaultcore.azure.net"
        for vault in deployment.keyVaults where !vault.existing {
            guard let subnet = vault.privateEndpointSubnet else { continue }
            privateEndpoints.append(PrivateEndpoint(name: "pe-\(vault.name)", subnet: subnet, target: .keyVault(vault.name), groupID: "vault", dnsZone: zoneName, location: vault.location))
            if !deployment.privateDNSZones.contains(where: { $0.name == zoneName }) {
                deployment.privateDNSZones.append(PrivateDNSZone(name: zoneName, linkName: deployment.virtualNetwork.map { "\($0.name)-kv-link" }, location: vault.location))
            }
        }
    }
}
