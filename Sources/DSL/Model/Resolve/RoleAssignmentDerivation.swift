/// The roles identities need for what the deployment makes them do: read certificates and
/// named values from Key Vault (Key Vault Secrets User on the vault) and send to an Event Hub
/// (Azure Event Hubs Data Sender on the namespace). One role per identity, scope and role,
/// whatever number of readers share it.
extension ResolveContext {
    /// One use of an identity that needs a role.
    private struct Grant {
        var principal: ManagedIdentityReference
        var scope: RoleAssignment.Scope
        var role: RoleAssignment.Role
        var user: String
        var purpose: String
    }

    mutating func deriveRoleAssignments() {
        var grants: [Grant] = []
        func read(_ certificate: KeyVaultCertificate, by user: String, _ purpose: String) {
            grants.append(Grant(principal: certificate.identity, scope: .keyVault(certificate.vault), role: .keyVaultSecretsUser, user: user, purpose: purpose))
        }
        for hostname in deployment.apiManagement?.hostnames ?? [] {
            if let certificate = hostname.certificate.keyVaultCertificate { read(certificate, by: "API Management", "TLS certificates") }
        }
        for certificate in deployment.applicationGateway?.certificates ?? [] {
            if let reference = certificate.source.keyVaultCertificate { read(reference, by: "Application Gateway", "TLS certificates") }
        }
        for root in deployment.applicationGateway?.trustedRootCertificates ?? [] {
            if case .keyVault(let reference) = root.source { read(reference, by: "Application Gateway", "TLS certificates") }
        }
        for namedValue in deployment.apiManagement?.content.namedValues ?? [] {
            if case .keyVault(let vault, _, let identity) = namedValue.value {
                grants.append(Grant(principal: identity, scope: .keyVault(vault), role: .keyVaultSecretsUser, user: "API Management", purpose: "named values"))
            }
        }
        for logger in deployment.apiManagement?.content.loggers ?? [] {
            if case .eventHub(let namespace, _, let identity) = logger.destination {
                grants.append(Grant(principal: identity.map(ManagedIdentityReference.userAssigned) ?? .systemAssigned, scope: .eventHubNamespace(namespace),
                                    role: .eventHubsDataSender, user: "API Management", purpose: "logger \(logger.name)"))
            }
        }
        for grant in grants where !roleAssignments.contains(where: { $0.principal == grant.principal && $0.scope == grant.scope && $0.role == grant.role }) {
            let sharing = grants.filter { $0.principal == grant.principal && $0.scope == grant.scope && $0.role == grant.role }
            let users = Set(sharing.map(\.user)).sorted()
            let purposes = Set(sharing.map(\.purpose)).sorted(by: >)
            let reason = switch grant.role {
            case .keyVaultSecretsUser: "\(users.joined(separator: " and ")) read \(purposes.joined(separator: " and ")) from Key Vault"
            case .eventHubsDataSender: "\(users.joined(separator: " and ")) sends records of \(purposes.joined(separator: " and ")) to Event Hubs"
            }
            roleAssignments.append(RoleAssignment(principal: grant.principal, scope: grant.scope, role: grant.role, reason: reason))
        }
    }
}
