/// Where a secret (a PFX password, a named value) comes from. There is deliberately no case
/// for a literal: a secret never appears in a manifest or in any generated file.
public enum SecretReference: Codable, Hashable, Sendable {
    /// A deployment-time input: a `sensitive` Terraform variable, a `secureString` ARM/Bicep
    /// parameter, a `[SecureString]` PowerShell parameter.
    case parameter(String)
    /// A secret in Key Vault, read at deployment time.
    case keyVaultSecret(vault: String, secret: String)

    /// The name emitters give the input that carries this secret.
    public var parameterName: String {
        switch self {
        case .parameter(let name): name
        case .keyVaultSecret(_, let secret): secret
        }
    }
}
