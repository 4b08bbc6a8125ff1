/// A named value policies reference as `{{name}}`. A secret is never a literal: it is a
/// deployment input or a Key Vault secret that API Management reads with an identity.
public struct NamedValue: Codable, Hashable, Sendable {
    public var name: String
    public var value: Value
    public var location: SourceLocation

    /// Where the value comes from.
    public enum Value: Codable, Hashable, Sendable {
        /// Plain, non-secret text stored in the service.
        case plain(String)
        /// A secret supplied at deployment time.
        case secret(SecretReference)
        /// A Key Vault secret API Management reads (and refreshes) with a managed identity.
        case keyVault(vault: String, secret: String, identity: ManagedIdentityReference)
        /// A value only Azure knows once a resource exists, such as a public IP's address;
        /// emitters write a reference to the resource's attribute.
        case derived(DerivedValue)
    }

    /// A deployment-time attribute of a resource the deployment declares.
    public enum DerivedValue: Codable, Hashable, Sendable {
        /// The address Azure assigns to the public IP (by name).
        case publicIPAddress(String)
    }

    package init(name: String, value: Value, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }

    /// Whether API Management stores the value as a secret.
    public var isSecret: Bool {
        switch value {
        case .plain, .derived: false
        case .secret, .keyVault: true
        }
    }
}
