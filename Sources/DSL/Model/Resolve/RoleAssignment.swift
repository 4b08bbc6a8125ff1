/// An Azure RBAC role resolve grants to a managed identity on a resource the deployment
/// reads or writes: Key Vault Secrets User on a vault, Azure Event Hubs Data Sender on an
/// Event Hub namespace. Key Vault and Event Hub roles share this model and one derivation.
public struct RoleAssignment: Codable, Hashable, Sendable {
    /// Who holds the role; `.systemAssigned` is API Management's system-assigned identity (the
    /// only resource here that has one).
    public var principal: ManagedIdentityReference
    public var scope: Scope
    public var role: Role
    /// Why it exists ("gateway and API Management read TLS certificates").
    public var reason: String

    public init(principal: ManagedIdentityReference, scope: Scope, role: Role, reason: String) {
        self.principal = principal
        self.scope = scope
        self.role = role
        self.reason = reason
    }

    /// The resource the role is granted on.
    public enum Scope: Codable, Hashable, Sendable {
        /// A Key Vault (by name), declared or existing.
        case keyVault(String)
        /// An Event Hub namespace (by name) in the deployment's resource group, which the
        /// deployment refers to but does not create.
        case eventHubNamespace(String)

        /// The scope resource's name.
        public var name: String {
            switch self {
            case .keyVault(let name), .eventHubNamespace(let name): name
            }
        }
    }

    /// The vault the role is on, if it is on one.
    public var vault: String? {
        if case .keyVault(let name) = scope { name } else { nil }
    }

    /// The user-assigned identity that holds the role; nil for the system-assigned one.
    public var identity: String? { principal.userAssignedName }

    /// Built-in roles the deployment grants.
    public enum Role: String, Codable, Hashable, Sendable, CaseIterable {
        case keyVaultSecretsUser = "Key Vault Secrets User"
        case eventHubsDataSender = "Azure Event Hubs Data Sender"

        /// The built-in role definition's GUID, the same in every tenant.
        public var definitionID: String {
            switch self {
            case .keyVaultSecretsUser: "4633458b-17de-408a-b874-0445c86b69e6"
            case .eventHubsDataSender: "2b629674-e913-4c01-ae53-ef4638d8f975"
            }
        }
    }
}

extension ResolvedDeployment {
    /// The roles that let `identity` read `vault`: what anything API Management reads from that
    /// vault with that identity (a named value, a certificate) is created after.
    public func keyVaultRoles(of identity: ManagedIdentityReference, on vault: String) -> [RoleAssignment] {
        roleAssignments.filter { $0.principal == identity && $0.scope == .keyVault(vault) }
    }
}
