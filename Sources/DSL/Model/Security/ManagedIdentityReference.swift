/// Which managed identity of a resource reads Key Vault or sends to an Event Hub.
///
/// API Management has a system-assigned identity, user-assigned identities, or both, as Azure
/// models it; Application Gateway takes user-assigned identities only. A firewalled vault
/// (public network access disabled) admits API Management only through its system-assigned
/// identity.
///
/// ```swift
/// .keyVault(vault: "kv-contoso", certificate: "api-contoso-com", identity: .systemAssigned)
/// .keyVault(vault: "kv-contoso", certificate: "api-contoso-com", identity: "id-gateway")  // user-assigned
/// ```
public enum ManagedIdentityReference: Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    /// The reading resource's own system-assigned identity.
    case systemAssigned
    /// A user-assigned identity (by name) declared with `ManagedIdentity`.
    case userAssigned(String)

    /// A name is a user-assigned identity: `identity: "id-gateway"`.
    public init(stringLiteral name: String) { self = .userAssigned(name) }

    /// The user-assigned identity's name; nil for the system-assigned one.
    public var userAssignedName: String? {
        if case .userAssigned(let name) = self { name } else { nil }
    }

    /// How a sentence names it: "the system-assigned identity" or "identity id-x".
    public var description: String {
        switch self {
        case .systemAssigned: "the system-assigned identity"
        case .userAssigned(let name): "identity \(name)"
        }
    }
}

/// The identities attached to a resource, as Azure's `identity.type` names the combination.
public enum ManagedIdentityType: String, Codable, Hashable, Sendable, CaseIterable {
    case systemAssigned = "SystemAssigned"
    case userAssigned = "UserAssigned"
    case systemAndUserAssigned = "SystemAssigned, UserAssigned"

    /// The type for a system-assigned flag and a list of user-assigned identities; nil for none.
    public init?(systemAssigned: Bool, userAssigned: [String]) {
        switch (systemAssigned, userAssigned.isEmpty) {
        case (true, true): self = .systemAssigned
        case (true, false): self = .systemAndUserAssigned
        case (false, false): self = .userAssigned
        case (false, true): return nil
        }
    }
}
