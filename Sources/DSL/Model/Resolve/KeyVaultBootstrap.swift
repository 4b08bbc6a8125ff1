/// What an existing vault must hold before the first deployment: the certificates and secrets
/// the services and the deployment read from it. A vault the deployment created itself would be
/// empty and closed when they read it (validation refuses that), so the delivery starts with a
/// bootstrap that creates the vault if it is missing and imports these objects, once.
public struct KeyVaultBootstrap: Codable, Hashable, Sendable {
    public var vault: KeyVault
    /// Certificates to import from PFX files, in first-use order.
    public var certificates: [String]
    /// Secrets to set (named values, PFX passwords), in first-use order.
    public var secrets: [String]

    public init(vault: KeyVault, certificates: [String], secrets: [String]) {
        self.vault = vault
        self.certificates = certificates
        self.secrets = secrets
    }

    /// The roles the operator who runs the bootstrap needs on the vault, beyond creating it.
    public var operatorRoles: [OperatorRole] {
        (certificates.isEmpty ? [] : [.keyVaultCertificatesOfficer]) + (secrets.isEmpty ? [] : [.keyVaultSecretsOfficer])
    }

    /// The built-in data-plane roles (by name) that import certificates and set secrets. Only the
    /// operator holds them, never a service, so they are not the deployment's `RoleAssignment`s.
    public enum OperatorRole: String, Codable, Hashable, Sendable, CaseIterable {
        case keyVaultCertificatesOfficer = "Key Vault Certificates Officer"
        case keyVaultSecretsOfficer = "Key Vault Secrets Officer"
    }
}

extension Deployment {
    /// The existing vaults that must be filled before the first deployment, in declaration
    /// order: every declared `KeyVault(existing: true)` that a service or a PFX password reads.
    public var keyVaultBootstraps: [KeyVaultBootstrap] {
        var objects: [String: [KeyVaultObject]] = [:]
        func add(_ vault: String, _ object: KeyVaultObject) {
            if !(objects[vault] ?? []).contains(object) { objects[vault, default: []].append(object) }
        }
        for read in keyVaultReads { add(read.vault, read.object) }
        for reference in secretReferences {
            if case .keyVaultSecret(let vault, let secret) = reference { add(vault, .secret(secret)) }
        }
        return keyVaults.compactMap { vault in
            guard vault.existing, let held = objects[vault.name] else { return nil }
            return KeyVaultBootstrap(
                vault: vault,
                certificates: held.compactMap { if case .certificate(let name) = $0 { name } else { nil } },
                secrets: held.compactMap { if case .secret(let name) = $0 { name } else { nil } })
        }
    }

    /// Whether the resource group exists before the deployment starts: the Key Vault bootstrap
    /// creates it to hold the vault, so a format that would create it (Terraform) adopts it.
    public var resourceGroupPrecedesDeployment: Bool { !keyVaultBootstraps.isEmpty }
}
