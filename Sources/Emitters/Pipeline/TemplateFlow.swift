import DSL

/// The Bicep and ARM flows: the template checked offline, then `az deployment group validate`
/// and `what-if` (output published with the files) before `create` deploys the same files.
struct TemplateFlow: DeliveryFlow {
    let format: OutputFormat
    let templateFile: String
    let parametersFile: String
    /// What precedes the parameters file on the az command line (`@` for a JSON file).
    let parametersPrefix: String
    /// The offline check of the template and its parameters.
    let offlineCheck: (displayName: String, script: String)

    static let bicep = TemplateFlow(
        format: .bicep, templateFile: "main.bicep", parametersFile: "main.bicepparam", parametersPrefix: "",
        offlineCheck: ("az bicep build (template and parameters)", PipelineScript.bicepBuild))
    static let arm = TemplateFlow(
        format: .arm, templateFile: "azuredeploy.json", parametersFile: "azuredeploy.parameters.json", parametersPrefix: "@",
        offlineCheck: ("Parse the template and parameters JSON", PipelineScript.armSyntax))

    var committedFormats: [OutputFormat] { [format, .pipeline, .policies] }

    func variables(_ context: PipelineContext) -> [YAMLNode] {
        [
            PipelineVariable.entry(directoryVariable, PipelineVariable.outputPath("/" + format.rawValue)),
            PipelineVariable.entry(PipelineVariable.location, context.resolved.region.name),
        ] + policyVariables(context)
    }

    func stageVariables(_ environment: PipelineEnvironment) -> [YAMLNode] { [groupVariable(environment)] }

    func validateSteps(_ context: PipelineContext) -> [YAMLNode] {
        let directory = PipelineVariable.macro(directoryVariable)
        return [PipelineStep.checkout]
            + PipelineStep.genChecks(committedFormats.map(\.rawValue))
            + [PipelineStep.bash(offlineCheck.displayName, offlineCheck.script, env: [
                .init("TEMPLATE_FILE", .string(directory + "/" + templateFile)),
                .init("PARAMETERS_FILE", .string(directory + "/" + parametersFile)),
            ])]
    }

    func planSteps(_ context: PipelineContext, _ environment: PipelineEnvironment) -> [YAMLNode] {
        [PipelineStep.checkout] + PipelineStep.requireVariables(requiredGroupVariables(context)) + [
            PipelineStep.stage(["\(format.rawValue)/**", "policies/**"]),
            deployment(context, step: "what-if", from: PipelineVariable.macro(directoryVariable),
                       displayName: "az deployment group validate and what-if"),
            PipelineStep.publish(environment),
        ]
    }

    func applySteps(_ context: PipelineContext, _ environment: PipelineEnvironment) -> [YAMLNode] {
        [deployment(context, step: "create", from: PipelineStep.artifactDirectory(environment) + "/" + format.rawValue,
                    displayName: "az deployment group create")]
            + policySteps(context, environment)
    }

    func notes(_ context: PipelineContext) -> [String] {
        ["The what-if output is published with the files as what-if.txt; Apply deploys those files.",
         "Secure parameters come from the variable group (one secret variable per parameter)."]
    }

    private func deployment(_ context: PipelineContext, step: String, from directory: String, displayName: String) -> YAMLNode {
        var env: [YAMLNode.Entry] = [
            .init("STEP", .string(step)),
            .init("RESOURCE_GROUP", .string(PipelineVariable.macro(PipelineVariable.resourceGroup))),
            .init("LOCATION", .string(PipelineVariable.macro(PipelineVariable.location))),
            .init("DEPLOYMENT_NAME", .string(context.resolved.name + "-$(Build.BuildId)")),
            .init("TEMPLATE_FILE", .string(directory + "/" + templateFile)),
            .init("PARAMETERS_ARGUMENT", .string(parametersPrefix + directory + "/" + parametersFile)),
        ]
        if step == "what-if" { env.append(.init("WHAT_IF_FILE", .string(PipelineStep.stagingDirectory + "/what-if.txt"))) }
        return PipelineStep.azureCLI(displayName, PipelineScript.templateDeployment,
                                     env: env + secretEnvironment(context, prefix: "SECURE_PARAM_"))
    }
}
