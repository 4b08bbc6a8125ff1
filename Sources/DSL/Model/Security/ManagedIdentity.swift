/// A user-assigned managed identity, used by the gateway and API Management to read
/// certificates from Key Vault.
public struct ManagedIdentity: Codable, Hashable, Sendable {
    public var name: String
    public var location: SourceLocation

    package init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
