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
    /// How a parameter the pipeline supplies reaches az: its environment variable name, or nil
    /// when the parameters file already takes care of it.
    let environmentName: @Sendable (RMParameter) -> String?

    static let bicep = TemplateFlow(
        format: .bicep, templateFile: "main.bicep", parametersFile: "main.bicepparam", parametersPrefix: "",
        offlineCheck: ("az bicep build", PipelineScript.bicepBuild),
        // main.bicepparam reads secrets and certificate contents with readEnvironmentVariable.
        environmentName: { parameter in
            switch parameter.source {
            case .secret(let variable, _, _)?, .commandLine(let variable)?: variable
            case .value?, nil: nil
            }
        })
    static let arm = TemplateFlow(
        format: .arm, templateFile: "azuredeploy.json", parametersFile: "azuredeploy.parameters.json", parametersPrefix: "@",
        offlineCheck: ("Parse the template and parameters JSON", PipelineScript.armSyntax),
        // azuredeploy.parameters.json takes secrets from Key Vault; the rest goes on the command line.
        environmentName: { parameter in
            if case .commandLine? = parameter.source { PipelineScript.commandLineParameterPrefix + parameter.name } else { nil }
        })

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

    /// The template parameters the pipeline supplies from the variable group.
    func requiredGroupVariables(_ context: PipelineContext) -> [String] {
        parameterEnvironment(context).map(\.parameter)
    }

    func notes(_ context: PipelineContext) -> [String] {
        var notes = ["The what-if output is published with the files as what-if.txt; Apply deploys those files."]
        if format == .arm {
            notes.append("Secure parameters come from the Key Vault references in \(parametersFile).")
        }
        return notes
    }

    /// Each supplied parameter with the environment variable az reads it from.
    private func parameterEnvironment(_ context: PipelineContext) -> [(parameter: String, variable: String)] {
        RMTemplateBuilder.build(context.resolved).parameters.compactMap { parameter in
            environmentName(parameter).map { (parameter.name, $0) }
        }
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
                                     env: env + parameterEnvironment(context).map { .init($0.variable, .string(PipelineVariable.macro($0.parameter))) })
    }
}
