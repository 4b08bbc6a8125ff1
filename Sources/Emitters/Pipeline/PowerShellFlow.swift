/// The PowerShell flow: deploy.ps1 parsed offline, run with `-WhatIf` (transcript published
/// with the files), then run for real from the published files.
struct PowerShellFlow: DeliveryFlow {
    static let script = "deploy.ps1"

    var format: OutputFormat { .powershell }
    var committedFormats: [OutputFormat] { [.powershell, .pipeline, .policies] }

    func variables(_ context: PipelineContext) -> [YAMLNode] {
        [PipelineVariable.entry(directoryVariable, PipelineVariable.outputPath("/powershell"))]
            + policyVariables(context)
    }

    func stageVariables(_ environment: PipelineEnvironment) -> [YAMLNode] { [groupVariable(environment)] }

    func validateSteps(_ context: PipelineContext) -> [YAMLNode] {
        [PipelineStep.checkout]
            + PipelineStep.genChecks(committedFormats.map(\.rawValue))
            + [PipelineStep.pwsh("Parse \(Self.script)", PipelineScript.powershellParse, env: [
                .init("DEPLOY_SCRIPT", .string(PipelineVariable.macro(directoryVariable) + "/" + Self.script)),
            ])]
    }

    func planSteps(_ context: PipelineContext, _ environment: PipelineEnvironment) -> [YAMLNode] {
        [PipelineStep.checkout] + PipelineStep.requireVariables(requiredGroupVariables(context)) + [
            PipelineStep.stage(["powershell/**", "policies/**"]),
            run(context, from: PipelineVariable.macro(directoryVariable), displayName: "\(Self.script) -WhatIf",
                whatIfFile: PipelineStep.stagingDirectory + "/what-if.txt"),
            PipelineStep.publish(environment),
        ]
    }

    func applySteps(_ context: PipelineContext, _ environment: PipelineEnvironment) -> [YAMLNode] {
        [run(context, from: PipelineStep.artifactDirectory(environment) + "/powershell", displayName: Self.script, whatIfFile: nil)]
            + policySteps(context, environment)
    }

    func notes(_ context: PipelineContext) -> [String] {
        ["The -WhatIf transcript is published with the files as what-if.txt; Apply runs those files.",
         "Secure parameters come from the variable group and reach deploy.ps1 as SecureString."]
    }

    private func run(_ context: PipelineContext, from directory: String, displayName: String, whatIfFile: String?) -> YAMLNode {
        var env: [YAMLNode.Entry] = [.init("DEPLOY_SCRIPT", .string(directory + "/" + Self.script))]
        if let whatIfFile { env.append(.init("WHAT_IF_FILE", .string(whatIfFile))) }
        return PipelineStep.task("AzurePowerShell@5", displayName, inputs: [
            .init("azureSubscription", .string(PipelineVariable.serviceConnectionExpression)),
            .init("ScriptType", "InlineScript"),
            .init("Inline", .block(PipelineScript.powershellDeployment)),
            .init("azurePowerShellVersion", "LatestVersion"),
            .init("pwsh", true),
        ], env: env + context.resolved.secretInputs.map {
            .init("SECURE_PARAM_" + $0.name, .string(PipelineVariable.macro($0.name)))
        })
    }
}
