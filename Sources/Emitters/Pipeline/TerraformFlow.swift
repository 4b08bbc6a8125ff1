import DSL

/// The default flow: Terraform validated offline, planned against the azurerm backend in the
/// manifest's storage account (Entra ID auth, no access keys), and the reviewed plan file
/// applied unchanged.
struct TerraformFlow: DeliveryFlow {
    /// The Terraform CLI the installer puts on the agent.
    static let terraformVersion = "1.9.8"
    static let task = "TerraformTaskV4@4"
    static let planFile = "tfplan"

    let remoteState: RemoteState?

    var format: OutputFormat { .terraform }
    /// Terraform carries the policy XML in its own folder, so no separate policies folder.
    var committedFormats: [OutputFormat] { [.terraform, .pipeline] }

    func variables(_ context: PipelineContext) -> [YAMLNode] {
        var variables: [YAMLNode] = [
            PipelineVariable.entry(PipelineVariable.terraformVersion, Self.terraformVersion),
            PipelineVariable.entry(PipelineVariable.terraformDirectory,
                                   PipelineVariable.outputPath("/terraform")),
        ]
        if let remoteState {
            variables += [
                PipelineVariable.entry(PipelineVariable.stateResourceGroup, remoteState.resourceGroup),
                PipelineVariable.entry(PipelineVariable.stateStorageAccount, remoteState.storageAccount),
            ]
        }
        variables.append(PipelineVariable.entry(PipelineVariable.stateContainer,
                                                remoteState?.container ?? PipelineContext.defaultStateContainer))
        return variables
    }

    func stageVariables(_ environment: PipelineEnvironment) -> [YAMLNode] {
        [groupVariable(environment), PipelineVariable.entry(PipelineVariable.stateKey, environment.stateKey)]
    }

    func validateSteps(_ context: PipelineContext) -> [YAMLNode] {
        [PipelineStep.checkout]
            + PipelineStep.genChecks(committedFormats.map(\.rawValue))
            + [
                installer,
                PipelineStep.bash("terraform init -backend=false, validate, fmt -check",
                                  PipelineScript.terraformStaticChecks,
                                  workingDirectory: PipelineVariable.macro(PipelineVariable.terraformDirectory)),
            ]
    }

    func planSteps(_ context: PipelineContext, _ environment: PipelineEnvironment) -> [YAMLNode] {
        let directory = PipelineVariable.macro(PipelineVariable.terraformDirectory)
        return [PipelineStep.checkout]
            + PipelineStep.requireVariables(requiredGroupVariables(context))
            + [
                installer,
                initialize(in: directory),
                terraform("plan", "terraform plan -out \(Self.planFile)", in: directory,
                          options: "-input=false -out=\(Self.planFile)",
                          extra: [.init("publishPlan", .string(environment.name))],
                          env: secretVariables(context)),
                PipelineStep.stage(["terraform/**", "!terraform/.terraform/**"]),
                PipelineStep.publish(environment),
            ]
    }

    /// `TF_VAR_<variable>` for each secret input, named as the Terraform emitter names it.
    private func secretVariables(_ context: PipelineContext) -> [YAMLNode.Entry] {
        context.resolved.secretInputs.map {
            .init("TF_VAR_" + SnakeCase.identifier($0.name), .string(PipelineVariable.macro($0.name)))
        }
    }

    /// The secret inputs, and the state storage when the manifest names none.
    func requiredGroupVariables(_ context: PipelineContext) -> [String] {
        context.resolved.secretInputs.map(\.name)
            + (remoteState == nil ? [PipelineVariable.stateResourceGroup, PipelineVariable.stateStorageAccount] : [])
    }

    func applySteps(_ context: PipelineContext, _ environment: PipelineEnvironment) -> [YAMLNode] {
        let directory = PipelineStep.artifactDirectory(environment) + "/terraform"
        return [
            installer,
            initialize(in: directory),
            terraform("apply", "terraform apply \(Self.planFile) (the reviewed plan)", in: directory,
                      options: "-input=false \(Self.planFile)"),
        ]
    }

    func notes(_ context: PipelineContext) -> [String] {
        let container = remoteState?.container ?? PipelineContext.defaultStateContainer
        let storage = remoteState.map { "storage account \($0.storageAccount) (resource group \($0.resourceGroup)), container \(container)" }
            ?? "container \(container) of the storage account the variable group names"
        return [
            "Terraform state: \(storage),",
            "  read with Entra ID (no access keys): the service connection needs Storage Blob Data Contributor.",
            "Secret inputs reach Terraform as TF_VAR_<name> from the variable group.",
        ]
    }

    private var installer: YAMLNode {
        PipelineStep.task("TerraformInstaller@1", "Install Terraform", inputs: [
            .init("terraformVersion", .string(PipelineVariable.macro(PipelineVariable.terraformVersion))),
        ])
    }

    private func initialize(in directory: String) -> YAMLNode {
        PipelineStep.task(Self.task, "terraform init (azurerm backend)", inputs: [
            .init("provider", "azurerm"),
            .init("command", "init"),
            .init("workingDirectory", .string(directory)),
            .init("commandOptions", "-input=false"),
            .init("backendServiceArm", .string(PipelineVariable.serviceConnectionExpression)),
            .init("backendAzureRmResourceGroupName", .string(PipelineVariable.macro(PipelineVariable.stateResourceGroup))),
            .init("backendAzureRmStorageAccountName", .string(PipelineVariable.macro(PipelineVariable.stateStorageAccount))),
            .init("backendAzureRmContainerName", .string(PipelineVariable.macro(PipelineVariable.stateContainer))),
            .init("backendAzureRmKey", .string(PipelineVariable.macro(PipelineVariable.stateKey))),
            .init("backendAzureRmUseEntraIdForAuthentication", true),
        ])
    }

    private func terraform(_ command: String, _ displayName: String, in directory: String, options: String,
                           extra: [YAMLNode.Entry] = [], env: [YAMLNode.Entry] = []) -> YAMLNode {
        PipelineStep.task(Self.task, displayName, inputs: [
            .init("provider", "azurerm"),
            .init("command", .string(command)),
            .init("workingDirectory", .string(directory)),
            .init("commandOptions", .string(options)),
            .init("environmentServiceNameAzureRM", .string(PipelineVariable.serviceConnectionExpression)),
        ] + extra, env: env)
    }
}
