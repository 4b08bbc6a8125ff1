/// What one delivery step does, independent of the CI platform that runs it. Each renderer
/// maps an action to its own construct (an Azure DevOps task, a GitHub action or `run`).
enum DeliveryAction: Hashable, Sendable {
    case checkout
    /// A script without Azure credentials.
    case run(DeliveryScript)
    /// A script signed in to Azure: az for bash scripts, Az PowerShell for PowerShell ones.
    case azure(DeliveryScript)
    /// Fails early, naming each input the environment does not supply.
    case requireInputs([DeliveryInput])
    case installTerraform(version: DeliveryValue)
    /// `terraform init` with the azurerm backend, authenticated with Entra ID (no access keys).
    case terraformInit(TerraformBackend)
    /// `terraform plan -out <planFile>`, with the environment's `.tfvars` when the manifest
    /// declares environments; `publishName` labels the plan where the platform shows it. A
    /// `sealed` plan holds secret inputs: no platform plan view that may carry its JSON.
    /// `variables` are passed with `-var`, after `varFile`, so they win over it.
    case terraformPlan(planFile: String, publishName: String, varFile: String?, variables: [DeliveryVariable], sealed: Bool)
    /// Puts the secure file on the runner (`DeliveryValue.Location.secureFile`).
    case secureFile(DeliverySecureFile)
    case terraformApply(planFile: String)
    /// Copies `folders` of gen's output root to `<output root>/` in the staging location,
    /// without `excluded` (both relative to the output root), and `files` (relative to the
    /// checkout) to the same paths in the staging location.
    case stage(folders: [String], excluded: [String], files: [String])
    /// Publishes the staging location as the named artifact.
    case publish(artifact: String)
    /// Downloads the named artifact to `DeliveryValue.Location.artifact(name)`.
    case download(artifact: String)
    /// Restores the folder from the platform's cache, and saves it when the job succeeds.
    case cache(DeliveryCache)
}

/// Where `terraform init` finds the state: values, so a renderer can read them from settings
/// or from the environment's inputs.
struct TerraformBackend: Hashable, Sendable {
    var resourceGroup: DeliveryValue
    var storageAccount: DeliveryValue
    var container: DeliveryValue
    var key: DeliveryValue
}
