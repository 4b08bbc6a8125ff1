/// The PowerShell flow: deploy.ps1 parsed offline, run with `-WhatIf` (transcript published
/// with the files), then run for real from the published files.
struct PowerShellFlow: DeliveryFlow {
    static let script = "deploy.ps1"

    var format: OutputFormat { .powershell }

    func variables(_ context: DeliveryContext) -> [DeliveryVariable] {
        [DeliveryVariable(directoryVariable, DeliveryVariable.outputPath("/powershell"))] + policyVariables(context)
    }

    func validateSteps(_ context: DeliveryContext) -> [DeliveryStep] {
        [DeliveryStep("Parse \(Self.script)", .run(.powershellParse), env: [
            DeliveryVariable("DEPLOY_SCRIPT", .variable(directoryVariable) + "/" + Self.script),
        ])]
    }

    func planSteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        [
            DeliveryStep.stage(["powershell", "policies"]),
            run(context, from: .variable(directoryVariable), title: "\(Self.script) -WhatIf", whatIfFile: DeliveryStep.whatIfFile),
        ]
    }

    func applySteps(_ context: DeliveryContext, _ environment: DeliveryEnvironment) -> [DeliveryStep] {
        [run(context, from: DeliveryStep.artifactDirectory(environment) + "/powershell", title: Self.script, whatIfFile: nil)]
            + policySteps(context, environment)
    }

    func notes(_ context: DeliveryContext, on platform: DeliveryPlatform) -> [String] {
        ["The -WhatIf transcript is published with the files as what-if.txt; Apply runs those files.",
         "Secure parameters come from \(platform.secretSource) and reach deploy.ps1 as SecureString."]
    }

    private func run(_ context: DeliveryContext, from directory: DeliveryValue, title: String, whatIfFile: DeliveryValue?) -> DeliveryStep {
        var env = [DeliveryVariable("DEPLOY_SCRIPT", directory + "/" + Self.script)]
        if let whatIfFile { env.append(DeliveryVariable("WHAT_IF_FILE", whatIfFile)) }
        return DeliveryStep(title, .azure(.powershellDeployment), env: env + context.resolved.secretInputs.map {
            DeliveryVariable("SECURE_PARAM_" + $0.name, .input(DeliveryInput(name: $0.name, secret: true)))
        })
    }
}
