import DSL

/// The default flow: Terraform validated offline, planned against the azurerm backend in the
/// manifest's storage account (Entra ID auth, no access keys), and the reviewed plan file
/// applied unchanged.
struct TerraformFlow: DeliveryFlow {
    /// The Terraform CLI the installer puts on the runner: 1.11.1 or later, whose azurerm
    /// backend refreshes the pipeline's OIDC token, so a sign-in outlives an approval wait.
    static let terraformVersion = "1.11.4"
    static let planFile = "tfplan"
    /// The plan step output that says whether the plan changes anything.
    static let changes = DeliveryOutput(step: "changes", name: "present")

    let remoteState: RemoteState?

    var format: OutputFormat { .terraform }
    /// Terraform carries the policy XML in its own folder, so no separate policies folder.
    var companionFormats: [OutputFormat] { [] }

    func variables(_ context: DeliveryContext) -> [DeliveryVariable] {
        var variables = [
            DeliveryVariable(DeliveryVariable.terraformVersion, .text(Self.terraformVersion)),
            DeliveryVariable(DeliveryVariable.terraformDirectory, DeliveryVariable.outputPath("/terraform")),
        ]
        if let remoteState {
            variables += [
                DeliveryVariable(DeliveryVariable.stateResourceGroup, .text(remoteState.resourceGroup)),
                DeliveryVariable(DeliveryVariable.stateStorageAccount, .text(remoteState.storageAccount)),
            ]
        }
        variables.append(DeliveryVariable(DeliveryVariable.stateContainer,
                                          .text(remoteState?.container ?? DeliveryContext.defaultStateContainer)))
        return variables
    }

    func environmentVariables(_ environment: DeliveryEnvironment) -> [DeliveryVariable] {
        [DeliveryVariable(DeliveryVariable.stateKey, .text(environment.stateKey))]
    }

    func validateSteps(_ context: DeliveryContext) -> [DeliveryStep] {
        [
            installer,
            DeliveryStep("terraform init -backend=false, validate, fmt -check", .run(.terraformStaticChecks),
                         workingDirectory: .variable(DeliveryVariable.terraformDirectory)),
        ]
    }

    func planSteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        let directory = DeliveryValue.variable(DeliveryVariable.terraformDirectory)
        return [
            installer,
            initialize(in: directory),
            DeliveryStep("terraform plan -out \(Self.planFile)",
                         .terraformPlan(planFile: Self.planFile, publishName: environment.name, varFile: varFile(context, environment)),
                         workingDirectory: directory, env: secretVariables(context)),
            DeliveryStep("Does the plan change anything?", .run(.terraformPlanChanges), workingDirectory: directory,
                         env: [DeliveryVariable("PLAN_FILE", .text(Self.planFile))], id: Self.changes.step),
            DeliveryStep.stage(["terraform"], excluded: ["terraform/.terraform"]),
        ]
    }

    var planChanges: DeliveryOutput? { Self.changes }

    /// `environments/<env>.tfvars`, which the Terraform emitter writes per declared environment.
    private func varFile(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> String? {
        context.resolved.deployment.environments.contains { $0.name == environment.name } ? "environments/\(environment.name).tfvars" : nil
    }

    func applySteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        let directory = DeliveryStep.artifactDirectory(environment) + "/terraform"
        return [
            installer,
            initialize(in: directory),
            DeliveryStep("terraform apply \(Self.planFile) (the reviewed plan)", .terraformApply(planFile: Self.planFile),
                         workingDirectory: directory),
        ]
    }

    /// The secret inputs, and the state storage when the manifest names none.
    func requiredInputs(_ context: DeliveryContext) -> [DeliveryInput] {
        context.resolved.secretInputs.map { DeliveryInput(name: $0.name, secret: true) }
            + (remoteState == nil ? [Self.stateResourceGroupInput, Self.stateStorageAccountInput] : [])
    }

    static let stateResourceGroupInput = DeliveryInput(name: DeliveryVariable.stateResourceGroup, secret: false)
    static let stateStorageAccountInput = DeliveryInput(name: DeliveryVariable.stateStorageAccount, secret: false)

    func notes(_ context: DeliveryContext, on platform: DeliveryPlatform) -> [String] {
        let container = remoteState?.container ?? DeliveryContext.defaultStateContainer
        let storage = remoteState.map { "storage account \($0.storageAccount) (resource group \($0.resourceGroup)), container \(container)" }
            ?? "container \(container) of \(platform.stateStorageSource)"
        return [
            "Terraform state: \(storage),",
            "  read with Entra ID (no access keys): \(platform.identity) needs Storage Blob Data Contributor.",
            "Secret inputs reach Terraform as TF_VAR_<name> from \(platform.secretSource).",
        ]
    }

    /// `TF_VAR_<variable>` for each secret input, named as the Terraform emitter names it.
    private func secretVariables(_ context: DeliveryContext) -> [DeliveryVariable] {
        context.resolved.secretInputs.map {
            DeliveryVariable("TF_VAR_" + SnakeCase.identifier($0.name), .input(DeliveryInput(name: $0.name, secret: true)))
        }
    }

    private var installer: DeliveryStep {
        DeliveryStep("Install Terraform", .installTerraform(version: .variable(DeliveryVariable.terraformVersion)))
    }

    /// The state location: settings when the manifest names it, the environment's inputs otherwise.
    private var backend: TerraformBackend {
        TerraformBackend(
            resourceGroup: remoteState == nil ? .input(Self.stateResourceGroupInput) : .variable(DeliveryVariable.stateResourceGroup),
            storageAccount: remoteState == nil ? .input(Self.stateStorageAccountInput) : .variable(DeliveryVariable.stateStorageAccount),
            container: .variable(DeliveryVariable.stateContainer),
            key: .variable(DeliveryVariable.stateKey))
    }

    private func initialize(in directory: DeliveryValue) -> DeliveryStep {
        DeliveryStep("terraform init (azurerm backend)", .terraformInit(backend), workingDirectory: directory)
    }
}
