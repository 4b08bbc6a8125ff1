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

extension Deployment {
    /// Every secret the deployment itself reads at deployment time, as the manifest refers to
    /// it: PFX passwords of certificates, then secret named values.
    public var secretReferences: [SecretReference] {
        var references: [SecretReference] = certificateSources.compactMap {
            if case .pfx(_, let password) = $0 { password } else { nil }
        }
        for namedValue in apiManagement?.content.namedValues ?? [] {
            if case .secret(let reference) = namedValue.value { references.append(reference) }
        }
        return references
    }
}
