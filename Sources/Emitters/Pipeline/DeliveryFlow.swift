/// How one kind of generated artefact is validated, planned and applied. The emitter lays out
/// the stages (Validate, then Plan and Apply per environment) and asks the flow for their steps.
protocol DeliveryFlow: Sendable {
    /// The gen format whose folder the pipeline deploys.
    var format: OutputFormat { get }
    /// The gen formats whose committed folders Validate proves current and whose changes
    /// trigger the pipeline.
    var committedFormats: [OutputFormat] { get }
    /// Pipeline-level variables of this flow.
    func variables(_ context: PipelineContext) -> [YAMLNode]
    /// Variables of the Plan and Apply stages of one environment.
    func stageVariables(_ environment: PipelineEnvironment) -> [YAMLNode]
    func validateSteps(_ context: PipelineContext) -> [YAMLNode]
    /// Steps that preview the change and publish exactly what Apply deploys.
    func planSteps(_ context: PipelineContext, _ environment: PipelineEnvironment) -> [YAMLNode]
    /// Steps that deploy the published artifact (already downloaded).
    func applySteps(_ context: PipelineContext, _ environment: PipelineEnvironment) -> [YAMLNode]
    /// What the variable group of each environment must define.
    func requiredGroupVariables(_ context: PipelineContext) -> [String]
    /// Header lines explaining what the flow needs from the Azure DevOps project.
    func notes(_ context: PipelineContext) -> [String]
}

extension DeliveryFlow {
    /// `<format>Directory`: the committed folder of the deployed format.
    var directoryVariable: String { format.rawValue + "Directory" }

    /// By default the secret inputs.
    func requiredGroupVariables(_ context: PipelineContext) -> [String] {
        context.resolved.secretInputs.map(\.name)
    }

    /// The policy publication step, when the deployment has an API Management service.
    func policySteps(_ context: PipelineContext, _ environment: PipelineEnvironment) -> [YAMLNode] {
        context.resolved.apiManagement == nil ? [] : [PipelineStep.publishPolicies(environment)]
    }

    /// `apiManagementName`, for flows that publish policies.
    func policyVariables(_ context: PipelineContext) -> [YAMLNode] {
        context.resolved.apiManagement.map { [PipelineVariable.entry(PipelineVariable.apiManagementName, $0.name)] } ?? []
    }

    /// The stage's variable group entry; listed first, so the stage's own values win over it.
    func groupVariable(_ environment: PipelineEnvironment) -> YAMLNode {
        ["group": .string(environment.variableGroup)]
    }
}
