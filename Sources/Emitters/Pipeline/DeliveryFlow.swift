/// How one kind of generated artefact is validated, planned and applied, on any CI platform.
/// `DeliveryPlan` lays out the jobs (Validate, then Plan and Apply per environment) and asks
/// the flow for their steps.
protocol DeliveryFlow: Sendable {
    /// The gen format whose folder the pipeline deploys.
    var format: OutputFormat { get }
    /// Formats deployed with `format` from their own committed folders (the policy XML).
    var companionFormats: [OutputFormat] { get }
    /// Settings of the whole run.
    func variables(_ context: DeliveryContext) -> [DeliveryVariable]
    /// Settings of one environment's Plan and Apply jobs.
    func environmentVariables(_ environment: DeliveryEnvironment) -> [DeliveryVariable]
    /// Offline checks after gen proved the committed folders current.
    func validateSteps(_ context: DeliveryContext) -> [DeliveryStep]
    /// Steps that preview the change and stage exactly what Apply deploys (the plan adds the
    /// checkout, the inputs check and the publication around them).
    func planSteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep]
    /// Steps that deploy the downloaded artifact.
    func applySteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep]
    /// What each environment must supply.
    func requiredInputs(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryInput]
    /// Header lines explaining what the flow needs, in the platform's words.
    func notes(_ context: DeliveryContext, on platform: DeliveryPlatform) -> [String]
    /// The plan step output that says whether the plan changes anything; nil when the flow
    /// cannot tell (Apply then always runs after an approved plan).
    var planChanges: DeliveryOutput? { get }
}

extension DeliveryFlow {
    /// `<format>Directory`: the committed folder of the deployed format.
    var directoryVariable: String { format.rawValue + "Directory" }

    var companionFormats: [OutputFormat] { [.policies] }

    var planChanges: DeliveryOutput? { nil }

    /// What the read-only plan identity needs.
    var planRoles: String {
        switch format {
        case .terraform: "Reader, Storage Blob Data Contributor on the state container (plans lease the state), Key Vault Secrets User where the plan reads secrets"
        case .powershell: "Reader (-WhatIf only reads)"
        default: "Reader plus Microsoft.Resources/deployments/validate/action and whatIf/action (a custom role: what-if is not in Reader)"
        }
    }

    func environmentVariables(_ environment: DeliveryEnvironment) -> [DeliveryVariable] { [] }

    /// By default the environment's secret inputs.
    func requiredInputs(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryInput] {
        environment.secretInputs.map { DeliveryInput(name: $0, secret: true) }
    }

    /// The policy publication step, when the deployment has an API Management service.
    func policySteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        context.resolved.apiManagement == nil ? [] : [DeliveryStep.publishPolicies(environment)]
    }

    /// The environment's `apiManagementName`, for flows that publish policies.
    func policyVariables(_ environment: DeliveryEnvironment) -> [DeliveryVariable] {
        environment.apiManagementName.map { [DeliveryVariable(DeliveryVariable.apiManagementName, .text($0))] } ?? []
    }
}
