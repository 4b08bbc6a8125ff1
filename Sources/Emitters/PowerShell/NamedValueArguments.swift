import DSL

/// A named value's value as the script passes it: literals, or the selected environment's
/// values when the named value differs between environments.
enum NamedValueArguments {
    case plain(PSExpression)
    /// A `[SecureString]`.
    case secret(PSExpression)
    /// The name of the public IP whose address is the value.
    case publicIPAddress(PSExpression)
    /// `identity` is nil for the system-assigned identity, which takes no client id.
    case keyVault(secretIdentifier: PSExpression, identity: PSExpression?)

    /// `variant` is the named value's per-environment shape, nil when it is the same everywhere.
    init(_ value: NamedValue.Value, variant: EnvironmentTable.Variant?, inputs: ScriptInputs) {
        guard let variant, case .namedValue(let shape) = variant.value else {
            switch value {
            case .plain(let text): self = .plain(.string(text))
            case .secret(let reference): self = .secret(inputs.password(reference))
            case .derived(.publicIPAddress(let ip)): self = .publicIPAddress(.string(ip))
            case .keyVault(let vault, let secret, let identity):
                self = .keyVault(secretIdentifier: .string(KeyVault.secretIdentifier(vault: vault, secret: secret)), identity: identity.userAssignedName.map(PSExpression.string))
            }
            return
        }
        switch shape {
        case .plain: self = .plain(variant.field())
        case .secret(.parameter): self = .secret(variant.field())
        case .secret(.keyVaultSecret): self = .secret(ScriptInputs.keyVaultSecret(vault: variant.field("Vault"), secret: variant.field("Secret")))
        case .derived: self = .publicIPAddress(variant.field("PublicIP"))
        case .keyVault(_, _, let identity): self = .keyVault(secretIdentifier: variant.field("SecretId"), identity: identity == .systemAssigned ? nil : variant.field("Identity"))
        }
    }
}
