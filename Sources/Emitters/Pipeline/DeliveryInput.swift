/// A value each environment must supply (Azure DevOps: its variable group; GitHub: its
/// secrets or variables): a secret input of the manifest, a template parameter, or where the
/// Terraform state lives when the manifest does not say.
struct DeliveryInput: Hashable, Sendable {
    /// The manifest's name (`gatewayCertPassword`); platforms may spell it differently.
    var name: String
    /// Secrets are masked and never in a variable; the rest (storage names) are plain settings.
    var secret: Bool
}
