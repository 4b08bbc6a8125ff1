import DSL

/// The default flow: Terraform validated offline, planned against the azurerm backend in the
/// manifest's storage account (Entra ID auth, no access keys), and the reviewed plan file
/// applied unchanged.
struct TerraformFlow: DeliveryFlow {
    /// The Terraform CLI the installer puts on the runner: 1.11.1 or later, whose azurerm
    /// backend refreshes the pipeline's OIDC token, so a sign-in outlives an approval wait.
    static let terraformVersion = "1.11.4"
    static let planFile = "tfplan"
    /// What the reviewed plan changes, published instead of a plan that holds secrets.
    static let summaryFile = "plan-summary.json"
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
        let sealed = Self.planHoldsSecrets(context)
        var steps = [installer, initialize(in: directory)] + secureFileSteps(context)
        steps += [
            DeliveryStep("terraform plan -out \(Self.planFile)",
                         .terraformPlan(planFile: Self.planFile, publishName: environment.name, varFile: varFile(context, environment),
                                            variables: environmentFiles(context, environment), sealed: sealed),
                         workingDirectory: directory, env: inputVariables(context, environment)),
            DeliveryStep("Does the plan change anything?", .run(.terraformPlanChanges), workingDirectory: directory,
                         env: [DeliveryVariable("PLAN_FILE", .text(Self.planFile))], id: Self.changes.step),
        ]
        if sealed {
            steps.append(DeliveryStep("Keep only the plan's summary (the plan file holds secrets)", .run(.terraformPlanSummary), workingDirectory: directory,
                                      env: [DeliveryVariable("PLAN_FILE", .text(Self.planFile)), DeliveryVariable("SUMMARY_FILE", .text(Self.summaryFile))]))
        }
        steps.append(DeliveryStep.stage(["terraform"], excluded: ["terraform/.terraform"], files: context.stagedInputs))
        return steps
    }

    var planChanges: DeliveryOutput? { Self.changes }

    /// `environments/<env>.tfvars`, which the Terraform emitter writes per declared environment.
    private func varFile(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> String? {
        context.resolved.deployment.environments.contains { $0.name == environment.name } ? "environments/\(environment.name).tfvars" : nil
    }

    /// A saved plan holds every input in clear text, sensitive or not (PFX bytes and passwords,
    /// Key Vault secrets read at plan time), and so would the artifact that carries it to apply.
    /// Then Plan publishes only what the plan changes, and Apply plans again and applies that
    /// plan only if it changes exactly what was reviewed.
    static func planHoldsSecrets(_ context: DeliveryContext) -> Bool {
        !context.resolved.secretReferences.isEmpty
    }

    func applySteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        let directory = DeliveryStep.artifactOutput(environment, "/terraform")
        var steps = [installer, initialize(in: directory)]
        if Self.planHoldsSecrets(context) {
            steps += secureFileSteps(context) + [
                DeliveryStep("terraform plan -out \(Self.planFile) (again: the reviewed plan held secrets)",
                             .terraformPlan(planFile: Self.planFile, publishName: environment.name, varFile: varFile(context, environment),
                                            variables: environmentFiles(context, environment), sealed: true),
                             workingDirectory: directory, env: inputVariables(context, environment)),
                DeliveryStep("The plan changes what was reviewed", .run(.terraformVerifyPlan), workingDirectory: directory,
                             env: [DeliveryVariable("PLAN_FILE", .text(Self.planFile)), DeliveryVariable("SUMMARY_FILE", .text(Self.summaryFile))]),
                DeliveryStep("terraform apply \(Self.planFile) (what was reviewed)", .terraformApply(planFile: Self.planFile), workingDirectory: directory),
            ]
            return steps
        }
        return steps + [
            DeliveryStep("terraform apply \(Self.planFile) (the reviewed plan)", .terraformApply(planFile: Self.planFile),
                         workingDirectory: directory),
        ]
    }

    /// The declared deployment's PFX files, with the variable that takes each one's path
    /// (`TF_VAR_<variable>`: the module's own variables).
    static func secureFiles(_ context: DeliveryContext) -> [(file: DeliverySecureFile, variable: String)] {
        let names = TerraformNames(context.resolved)
        return context.secureFiles.compactMap { secure in
            names.certificateFiles[secure.path].map { (secure.file, "TF_VAR_" + $0) }
        }
    }

    /// An environment's own PFX files: its `.tfvars` points a variable at each, and the plan
    /// passes the downloaded file for it with `-var`, which wins over the `.tfvars` file.
    private func environmentFiles(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryVariable] {
        let assigned = TerraformEnvironmentParameters(context.resolved).certificatePaths[environment.name] ?? []
        let secure = context.secureFiles
        return assigned.compactMap { entry in
            secure.first { $0.path == entry.path }.map { DeliveryVariable(entry.variable, .location(.secureFile($0.file))) }
        }
    }

    private func secureFileSteps(_ context: DeliveryContext) -> [DeliveryStep] { context.secureFileSteps }

    /// Secret inputs and the paths of the PFX files, as Terraform reads them.
    private func inputVariables(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryVariable] {
        secretVariables(context, environment) + Self.secureFiles(context).map { DeliveryVariable($0.variable, .location(.secureFile($0.file))) }
    }

    /// The secret inputs, and the state storage when the manifest names none.
    func requiredInputs(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryInput] {
        var inputs: [DeliveryInput] = []
        for case .input(let input) in secretVariables(context, environment).flatMap(\.value.parts) where !inputs.contains(input) {
            inputs.append(input)
        }
        return inputs + (remoteState == nil ? [Self.stateResourceGroupInput, Self.stateStorageAccountInput] : [])
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
        ] + secretNotes(context, on: platform) + context.stagedInputNotes
    }

    /// Where the PFX files come from, and why no plan file leaves the Plan job.
    private func secretNotes(_ context: DeliveryContext, on platform: DeliveryPlatform) -> [String] {
        guard Self.planHoldsSecrets(context) else { return [] }
        var notes = context.secureFileNotes(on: platform)
        notes.append("A saved plan holds the secret inputs in clear text, so Plan publishes only \(Self.summaryFile) (what changes);")
        notes.append("  Apply plans again and applies only a plan that changes exactly that. The state holds them too:")
        notes.append("  keep the state container readable by \(platform.identity) only.")
        return notes
    }

    /// `TF_VAR_<variable>` for each sensitive variable the module reads from the environment,
    /// from the secret input the Terraform emitter says it takes in this environment.
    private func secretVariables(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryVariable] {
        let resolved = context.resolved
        let parameters = TerraformEnvironmentParameters(resolved)
        let variables = TerraformVariables(resolved, names: TerraformNames(resolved), environment: parameters)
        let name = resolved.deployment.environments.isEmpty ? nil : environment.name
        return variables.secrets(in: name, parameters).map {
            DeliveryVariable("TF_VAR_" + $0.variable, .input(DeliveryInput(name: $0.input, secret: true)))
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
