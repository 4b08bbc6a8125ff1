import DSL

/// A certificate's pieces as the script passes them: literals, or the selected environment's
/// values when the certificate differs between environments.
enum CertificateArguments {
    case pfx(path: PSExpression, password: PSExpression)
    /// `identity` is nil for the system-assigned identity, which takes no client id.
    case keyVault(secretIdentifier: PSExpression, identity: PSExpression?)

    /// `variant` is the certificate's per-environment shape, nil when it is the same everywhere.
    init(_ source: CertificateSource, variant: EnvironmentTable.Variant?, inputs: ScriptInputs) {
        guard let variant, case .certificate(let shape) = variant.value else {
            switch source {
            case .pfx(let path, let password): self = .pfx(path: inputs.path(path), password: inputs.password(password))
            case .keyVault(let certificate): self = .keyVault(secretIdentifier: .string(certificate.secretIdentifier), identity: certificate.identity.userAssignedName.map(PSExpression.string))
            }
            return
        }
        switch shape {
        case .pfx(_, .parameter):
            self = .pfx(path: variant.field("Path"), password: variant.field("Password"))
        case .pfx(_, .keyVaultSecret):
            self = .pfx(path: variant.field("Path"),
                        password: ScriptInputs.keyVaultSecret(vault: variant.field("PasswordVault"), secret: variant.field("PasswordSecret")))
        case .keyVault(let certificate):
            self = .keyVault(secretIdentifier: variant.field("SecretId"), identity: certificate.identity == .systemAssigned ? nil : variant.field("Identity"))
        }
    }
}
