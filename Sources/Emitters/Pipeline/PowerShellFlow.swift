/// The PowerShell flow: deploy.ps1 parsed offline, run with `-WhatIf` (transcript published
/// with the files), then run for real from the published files.
struct PowerShellFlow: DeliveryFlow {
    static let script = "deploy.ps1"

    var format: OutputFormat { .powershell }

    func variables(_ context: DeliveryContext) -> [DeliveryVariable] {
        [DeliveryVariable(directoryVariable, DeliveryVariable.outputPath("/powershell"))]
    }

    func environmentVariables(_ environment: DeliveryEnvironment) -> [DeliveryVariable] { policyVariables(environment) }

    func validateSteps(_ context: DeliveryContext) -> [DeliveryStep] {
        [DeliveryStep("Parse \(Self.script)", .run(.powershellParse), env: [
            DeliveryVariable("DEPLOY_SCRIPT", .variable(directoryVariable) + "/" + Self.script),
        ])]
    }

    func planSteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        [DeliveryStep.stage(["powershell", "policies"], files: context.stagedInputs)] + context.secureFileSteps + [
            run(context, environment, from: .variable(directoryVariable), title: "\(Self.script) -WhatIf", whatIfFile: DeliveryStep.whatIfFile),
        ]
    }

    /// Apply runs the published files; the certificates and definitions they read were staged
    /// with them, the PFX files are downloaded again.
    func applySteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        context.secureFileSteps
            + [run(context, environment, from: DeliveryStep.artifactOutput(environment, "/powershell"), title: Self.script, whatIfFile: nil)]
            + policySteps(context, environment)
    }

    func notes(_ context: DeliveryContext, on platform: DeliveryPlatform) -> [String] {
        ["The -WhatIf transcript is published with the files as what-if.txt; Apply runs those files.",
         "Secure parameters come from \(platform.secretSource) and reach deploy.ps1 as SecureString."]
            + context.secureFileNotes(on: platform) + context.stagedInputNotes
    }

    private func run(_ context: DeliveryContext, _ environment: DeliveryEnvironment, from directory: DeliveryValue, title: String, whatIfFile: DeliveryValue?) -> DeliveryStep {
        var env = [DeliveryVariable("DEPLOY_SCRIPT", directory + "/" + Self.script)]
        // deploy.ps1 takes -Environment (mandatory) when the manifest declares environments.
        if !context.resolved.environments.isEmpty { env.append(DeliveryVariable("DEPLOY_ENVIRONMENT", .text(environment.name))) }
        if let whatIfFile { env.append(DeliveryVariable("WHAT_IF_FILE", whatIfFile)) }
        let inputs = ScriptInputs(context.resolved)
        let files = context.secureFiles.compactMap { secure in
            inputs.pathParameterName(secure.path).map { DeliveryVariable("PATH_PARAM_" + $0, .location(.secureFile(secure.file))) }
        }
        return DeliveryStep(title, .azure(.powershellDeployment), env: env + environment.secretInputs.map {
            DeliveryVariable("SECURE_PARAM_" + $0, .input(DeliveryInput(name: $0, secret: true)))
        } + files)
    }
}
