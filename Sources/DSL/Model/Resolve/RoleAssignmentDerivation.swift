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
        var grants = deployment.keyVaultReads.map { read in
            Grant(principal: read.identity, scope: .keyVault(read.vault), role: .keyVaultSecretsUser,
                  user: read.reader == .applicationGateway ? "Application Gateway" : "API Management", purpose: read.purpose)
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
            let sorted = Set(sharing.map(\.purpose)).sorted(by: >)
            let purposes = sorted.count > 2 ? [sorted.dropLast().joined(separator: ", "), sorted.last!] : sorted
            let reason = switch grant.role {
            case .keyVaultSecretsUser: "\(users.joined(separator: " and ")) read \(purposes.joined(separator: " and ")) from Key Vault"
            case .eventHubsDataSender: "\(users.joined(separator: " and ")) sends records of \(purposes.joined(separator: " and ")) to Event Hubs"
            }
            roleAssignments.append(RoleAssignment(principal: grant.principal, scope: grant.scope, role: grant.role, reason: reason))
        }
    }
}
