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
        ]
    }

    func environmentVariables(_ environment: DeliveryEnvironment) -> [DeliveryVariable] { policyVariables(environment) }

    func validateSteps(_ context: DeliveryContext) -> [DeliveryStep] {
        let directory = DeliveryValue.variable(directoryVariable)
        return [DeliveryStep(offlineCheck.title, .run(offlineCheck.script), env: [
            DeliveryVariable("TEMPLATE_FILE", directory + "/" + templateFile),
            DeliveryVariable("PARAMETERS_FILE", directory + "/" + parametersFile),
        ])]
    }

    func planSteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        [DeliveryStep.stage([format.rawValue, "policies"], files: context.stagedInputs)] + context.secureFileSteps + [
            deployment(context, environment, step: "what-if", from: .variable(directoryVariable),
                       title: "az deployment group validate and what-if"),
        ]
    }

    func applySteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        context.secureFileSteps + [deployment(context, environment, step: "create", from: DeliveryStep.artifactOutput(environment, "/" + format.rawValue),
                    title: "az deployment group create")]
            + policySteps(context, environment)
    }

    /// The template parameters the settings supply (passwords and other secrets); file
    /// contents are read from the files instead.
    func requiredInputs(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryInput] {
        var inputs: [DeliveryInput] = []
        for entry in parameterEnvironment(context, environment, from: "") {
            if case .input(let input) = entry.source, !inputs.contains(input) { inputs.append(input) }
        }
        return inputs
    }

    func notes(_ context: DeliveryContext, on platform: DeliveryPlatform) -> [String] {
        var notes = ["The what-if output is published with the files as what-if.txt; Apply deploys those files."]
            + context.secureFileNotes(on: platform) + context.stagedInputNotes
        if !template(context).fileContents.isEmpty {
            notes.append("Certificates and API definitions reach az as parameter values read from their files (base64 or text); a")
            notes.append("  value over 128 KiB exceeds Linux's limit for one argument: import such a definition from a URL instead.")
        }
        if format == .arm {
            notes.append("Secure parameters come from the variable group's secret variables (link the group to a Key Vault to keep them there), never from \(parametersFile).")
        }
        return notes
    }

    private func template(_ context: DeliveryContext) -> RMTemplate { RMTemplateBuilder.build(context.resolved) }

    /// Where a supplied parameter's value comes from: a setting, a downloaded secure file
    /// (a PFX, as base64), or a file staged next to the template (as base64 or text).
    private enum ParameterSource {
        case input(DeliveryInput)
        case file(DeliveryValue, base64: Bool)
    }

    /// Each parameter the environment supplies with the environment variable az reads it
    /// from, once per variable. `directory` is the template's folder, from which the
    /// manifest's files are reached.
    private func parameterEnvironment(_ context: DeliveryContext, _ environment: DeliveryEnvironment,
                                      from directory: DeliveryValue) -> [(variable: String, source: ParameterSource)] {
        let template = template(context)
        let own = template.environments.first { $0.name == environment.name }
        let secureFiles = context.secureFiles
        var seen: Set<String> = []
        return template.parameters.compactMap { declared in
            var parameter = declared
            parameter.source = own?.source(of: declared) ?? declared.source
            guard let variable = environmentName(parameter, template), seen.insert(variable).inserted else { return nil }
            guard let file = own?.fileContents[parameter.name] ?? template.fileContents[parameter.name] else {
                // The manifest's secret input, by the name the manifest gives it; otherwise a
                // secret the settings hold under the parameter's name.
                var input = parameter.name
                if case .secret(let arriving)? = parameter.source, let named = RMTemplate.secretInput(arrivingIn: arriving, among: environment.secretInputs) {
                    input = named
                }
                return (variable, .input(DeliveryInput(name: input, secret: true)))
            }
            if let secure = secureFiles.first(where: { $0.path == file.path }) {
                return (variable, .file(.location(.secureFile(secure.file)), base64: true))
            }
            return (variable, .file(directory + "/" + context.resolved.inputPath(file.path), base64: file.base64))
        }
    }

    private func parameterVariables(_ context: DeliveryContext, _ environment: DeliveryEnvironment, from directory: DeliveryValue) -> [DeliveryVariable] {
        parameterEnvironment(context, environment, from: directory).map { entry in
            switch entry.source {
            case .input(let input): DeliveryVariable(entry.variable, .input(input))
            case .file(let path, let base64): DeliveryVariable((base64 ? "BASE64_OF_" : "TEXT_OF_") + entry.variable, path)
            }
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
        return DeliveryStep(title, .azure(.templateDeployment), env: env + parameterVariables(context, environment, from: directory))
    }
}
