import DSL

/// The Bicep and ARM flows: the template checked offline, then `az deployment group validate`
/// and `what-if` (output published with the files) before `create` deploys the same files.
struct TemplateFlow: DeliveryFlow {
    let format: OutputFormat
    let templateFile: String
    /// The parameters file of the declared deployment, and the one of an environment.
    let parametersFile: String
    let environmentParametersFile: @Sendable (String) -> String
    /// What precedes the parameters file on the az command line (`@` for a JSON file).
    let parametersPrefix: String
    /// The offline check of the template and its parameters.
    let offlineCheck: (title: String, script: DeliveryScript)
    /// How a parameter the pipeline supplies reaches az: its environment variable name, or nil
    /// when the parameters file already takes care of it.
    let environmentName: @Sendable (RMParameter, RMTemplate) -> String?

    static let bicep = TemplateFlow(
        format: .bicep, templateFile: "main.bicep", parametersFile: "main.bicepparam",
        environmentParametersFile: { "main.\($0).bicepparam" }, parametersPrefix: "",
        offlineCheck: ("az bicep build", .bicepBuild),
        // main.bicepparam reads secrets and certificate contents with readEnvironmentVariable.
        environmentName: { parameter, _ in
            switch parameter.source {
            case .secret(let variable)?, .commandLine(let variable)?: variable
            case .value?, nil: nil
            }
        })
    static let arm = TemplateFlow(
        format: .arm, templateFile: "azuredeploy.json", parametersFile: "azuredeploy.parameters.json",
        environmentParametersFile: { "azuredeploy.parameters.\($0).json" }, parametersPrefix: "@",
        offlineCheck: ("Parse the template and parameters JSON", .armSyntax),
        // azuredeploy.parameters.json takes values; secrets and file contents go on the command line.
        environmentName: { parameter, template in
            template.suppliedOnCommandLine(parameter.source) ? DeliveryScript.commandLineParameterPrefix + parameter.name : nil
        })

    func variables(_ context: DeliveryContext) -> [DeliveryVariable] {
        [
            DeliveryVariable(directoryVariable, DeliveryVariable.outputPath("/" + format.rawValue)),
            DeliveryVariable(DeliveryVariable.location, .text(context.resolved.region.name)),
        ] + policyVariables(context)
    }

    func validateSteps(_ context: DeliveryContext) -> [DeliveryStep] {
        let directory = DeliveryValue.variable(directoryVariable)
        return [DeliveryStep(offlineCheck.title, .run(offlineCheck.script), env: [
            DeliveryVariable("TEMPLATE_FILE", directory + "/" + templateFile),
            DeliveryVariable("PARAMETERS_FILE", directory + "/" + parametersFile),
        ])]
    }

    func planSteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        [
            DeliveryStep.stage([format.rawValue, "policies"]),
            deployment(context, environment, step: "what-if", from: .variable(directoryVariable),
                       title: "az deployment group validate and what-if"),
        ]
    }

    func applySteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        [deployment(context, environment, step: "create", from: DeliveryStep.artifactDirectory(environment) + "/" + format.rawValue,
                    title: "az deployment group create")]
            + policySteps(context, environment)
    }

    /// The template parameters the pipeline supplies. All are treated as secrets: besides
    /// passwords they carry certificate contents (a PFX holds a private key).
    func requiredInputs(_ context: DeliveryContext) -> [DeliveryInput] {
        parameterEnvironment(context).map(\.input)
    }

    func notes(_ context: DeliveryContext, on platform: DeliveryPlatform) -> [String] {
        var notes = ["The what-if output is published with the files as what-if.txt; Apply deploys those files."]
        if format == .arm {
            notes.append("Secure parameters come from the variable group's secret variables (link the group to a Key Vault to keep them there), never from \(parametersFile).")
        }
        return notes
    }

    /// Each supplied parameter with the environment variable az reads it from.
    private func parameterEnvironment(_ context: DeliveryContext) -> [(input: DeliveryInput, variable: String)] {
        let template = RMTemplateBuilder.build(context.resolved)
        return template.parameters.compactMap { parameter in
            environmentName(parameter, template).map { (DeliveryInput(name: parameter.name, secret: true), $0) }
        }
    }

    /// The parameters file a stage deploys with: the environment's own when the manifest
    /// declares environments, the declared deployment's otherwise.
    private func parametersFile(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> String {
        context.resolved.deployment.environments.contains { $0.name == environment.name }
            ? environmentParametersFile(environment.name) : parametersFile
    }

    private func deployment(_ context: DeliveryContext, _ environment: DeliveryEnvironment, step: String, from directory: DeliveryValue, title: String) -> DeliveryStep {
        var env = [
            DeliveryVariable("STEP", .text(step)),
            DeliveryVariable("RESOURCE_GROUP", .variable(DeliveryVariable.resourceGroup)),
            DeliveryVariable("LOCATION", .variable(DeliveryVariable.location)),
            DeliveryVariable("DEPLOYMENT_NAME", .text(context.resolved.name + "-") + .location(.runID)),
            DeliveryVariable("TEMPLATE_FILE", directory + "/" + templateFile),
            DeliveryVariable("PARAMETERS_ARGUMENT", .text(parametersPrefix) + directory + "/" + parametersFile(context, environment)),
        ]
        if step == "what-if" { env.append(DeliveryVariable("WHAT_IF_FILE", DeliveryStep.whatIfFile)) }
        if step == "create" && context.resolved.bindsHostnamesAfterService {
            env += [
                DeliveryVariable("HOSTNAMES_PARAMETER", .text(RMTemplateBuilder.bindHostnamesParameter)),
                DeliveryVariable("APIM_NAME", .variable(DeliveryVariable.apiManagementName)),
            ]
        }
        return DeliveryStep(title, .azure(.templateDeployment),
                            env: env + parameterEnvironment(context).map { DeliveryVariable($0.variable, .input($0.input)) })
    }
}
