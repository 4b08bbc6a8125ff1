/// Renders delivery steps and values as Azure Pipelines YAML: steps are mappings in the key
/// order Azure Pipelines documents (the step kind first, then `displayName`, inputs, `env`);
/// values are runtime macros (`$(name)`), expanded by the agent when the step runs.
enum AzurePipelinesStep {
    static let platform = DeliveryPlatform.azurePipelines
    static let serviceConnection = "serviceConnection"
    static let planServiceConnection = "planServiceConnection"
    /// Version 5 of the Azure DevOps Terraform extension's task: with workload identity
    /// federation it refreshes the OIDC token (`…UseIdTokenGeneration: false`), so a sign-in
    /// outlives a long API Management creation and an approval wait.
    static let terraformTask = "TerraformTask@5"

    /// The service connection a job of `identity` signs in with, as a compile-time expression:
    /// Azure DevOps authorizes service connections before the run starts, so runtime macros are
    /// not enough there.
    static func connection(_ identity: DeliveryIdentity) -> String {
        "${{ variables.\(identity == .plan ? planServiceConnection : serviceConnection) }}"
    }

    static func value(_ value: DeliveryValue) -> String {
        value.rendered { part in
            switch part {
            case .text(let text): text
            case .variable(let name): macro(name)
            case .input(let input): macro(input.name)
            case .location(.checkout): macro("Build.SourcesDirectory")
            case .location(.staging): macro("Build.ArtifactStagingDirectory") + "/release"
            case .location(.artifact(let name)): macro("Pipeline.Workspace") + "/" + name
            case .location(.runID): macro("Build.BuildId")
            case .location(.tools): macro("Agent.ToolsDirectory")
            case .location(.runnerOS): macro("Agent.OS")
            case .location(.secureFile(let file)): macro(file.id + ".secureFilePath")
            }
        }
    }

    /// `$(name)`: expanded by the agent when the step runs.
    static func macro(_ name: String) -> String { "$(\(name))" }

    /// A `- name: … value: …` entry of a `variables:` list.
    static func variable(_ variable: DeliveryVariable) -> YAMLNode {
        ["name": .string(variable.name), "value": .string(value(variable.value))]
    }

    static func step(_ step: DeliveryStep, identity: DeliveryIdentity = .none) -> YAMLNode {
        let rendered = self.rendered(step, connection: connection(identity))
        guard let id = step.id, case .mapping(var entries) = rendered else { return rendered }
        // `name` right after the step kind: later stages read outputs as <job>.<name>.<output>.
        entries.insert(YAMLNode.Entry("name", .string(id)), at: 1)
        return .mapping(entries)
    }

    private static func rendered(_ step: DeliveryStep, connection serviceConnectionExpression: String) -> YAMLNode {
        let title = step.title(on: platform)
        let env = step.env.map { YAMLNode.Entry($0.name, .string(value($0.value))) }
        let directory = step.workingDirectory.map { YAMLNode.string(value($0)) }
        switch step.action {
        case .checkout:
            return ["checkout": "self"]
        case .run(let script):
            return shell(script, title, workingDirectory: directory, env: env)
        case .azure(let script) where script.shell == .pwsh:
            return task("AzurePowerShell@5", title, inputs: [
                .init("azureSubscription", .string(serviceConnectionExpression)),
                .init("ScriptType", "InlineScript"),
                .init("Inline", .block(script.text(on: platform))),
                .init("azurePowerShellVersion", "LatestVersion"),
                .init("pwsh", true),
            ], env: env)
        case .azure(let script):
            return task("AzureCLI@2", title, inputs: [
                .init("azureSubscription", .string(serviceConnectionExpression)),
                .init("scriptType", "bash"),
                .init("scriptLocation", "inlineScript"),
                .init("inlineScript", .block(script.text(on: platform))),
            ], env: env)
        case .requireInputs(let inputs):
            return shell(.requireInputs, title, workingDirectory: nil, env: inputs.map {
                .init("REQUIRED_" + $0.name, .string(macro($0.name)))
            })
        case .installTerraform(let version):
            return task("TerraformInstaller@1", title, inputs: [.init("terraformVersion", .string(value(version)))])
        case .terraformInit(let backend):
            return task(terraformTask, title, inputs: [
                .init("provider", "azurerm"),
                .init("command", "init"),
                .init("workingDirectory", directory ?? .null),
                .init("commandOptions", "-input=false"),
                .init("backendServiceArm", .string(serviceConnectionExpression)),
                .init("backendAzureRmResourceGroupName", .string(value(backend.resourceGroup))),
                .init("backendAzureRmStorageAccountName", .string(value(backend.storageAccount))),
                .init("backendAzureRmContainerName", .string(value(backend.container))),
                .init("backendAzureRmKey", .string(value(backend.key))),
                .init("backendAzureRmUseEntraIdForAuthentication", true),
                .init("backendAzureRmUseIdTokenGeneration", false),
            ], env: env)
        case .terraformPlan(let planFile, let publishName, let varFile, let variables, let sealed):
            let overrides = variables.map { " -var=\($0.name)=\(value($0.value))" }.joined()
            return terraform("plan", title, directory, options: "-input=false" + (varFile.map { " -var-file=\($0)" } ?? "") + overrides + " -out=\(planFile)",
                             connection: serviceConnectionExpression, extra: sealed ? [] : [.init("publishPlan", .string(publishName))], env: env)
        case .secureFile(let file):
            // The agent deletes the downloaded file when the job ends.
            return .mapping([
                .init("task", "DownloadSecureFile@1"), .init("name", .string(file.id)), .init("displayName", .string(title)),
                .init("inputs", ["secureFile": .string(file.fileName)]),
            ])
        case .terraformApply(let planFile):
            return terraform("apply", title, directory, options: "-input=false \(planFile)", connection: serviceConnectionExpression, env: env)
        case .cache(let cache):
            // Quoted text is a string; an unquoted segment is a file whose contents are hashed.
            let key = cache.key.map { part -> String in
                switch part {
                case .text(let text): "\"" + value(text) + "\""
                case .file(let file): value(file)
                }
            }
            return task("Cache@2", title, inputs: [
                .init("key", .string(key.joined(separator: " | "))),
                .init("path", .string(value(cache.path))),
            ])
        case .stage(let folders, let excluded, let files):
            let root = value(.variable(DeliveryVariable.outputRoot)) + "/"
            let contents = folders.map { root + $0 + "/**" } + excluded.map { "!" + root + $0 + "/**" } + files
            return task("CopyFiles@2", title, inputs: [
                .init("SourceFolder", .string(value(.location(.checkout)))),
                .init("Contents", .block(contents.joined(separator: "\n") + "\n")),
                .init("TargetFolder", .string(value(.location(.staging)))),
                .init("CleanTargetFolder", true),
            ])
        case .publish(let artifact):
            return task("PublishPipelineArtifact@1", title, inputs: [
                .init("targetPath", .string(value(.location(.staging)))),
                .init("artifact", .string(artifact)),
                .init("publishLocation", "pipeline"),
            ])
        case .download(let artifact):
            return ["download": "current", "artifact": .string(artifact), "displayName": .string(title)]
        }
    }

    private static func shell(_ script: DeliveryScript, _ title: String, workingDirectory: YAMLNode?,
                              env: [YAMLNode.Entry]) -> YAMLNode {
        let kind = script.shell == .pwsh ? "pwsh" : "bash"
        return assemble([.init(kind, .block(script.text(on: platform))), .init("displayName", .string(title))]
                        + (workingDirectory.map { [YAMLNode.Entry("workingDirectory", $0)] } ?? []), env: env)
    }

    private static func task(_ name: String, _ title: String, inputs: [YAMLNode.Entry], env: [YAMLNode.Entry] = []) -> YAMLNode {
        assemble([.init("task", .string(name)), .init("displayName", .string(title)), .init("inputs", .mapping(inputs))], env: env)
    }

    private static func terraform(_ command: String, _ title: String, _ directory: YAMLNode?, options: String,
                                  connection: String, extra: [YAMLNode.Entry] = [], env: [YAMLNode.Entry]) -> YAMLNode {
        task(terraformTask, title, inputs: [
            .init("provider", "azurerm"),
            .init("command", .string(command)),
            .init("workingDirectory", directory ?? .null),
            .init("commandOptions", .string(options)),
            .init("environmentServiceNameAzureRM", .string(connection)),
            .init("environmentAzureRmUseIdTokenGeneration", false),
        ] + extra, env: env)
    }

    private static func assemble(_ entries: [YAMLNode.Entry], env: [YAMLNode.Entry]) -> YAMLNode {
        .mapping(entries + (env.isEmpty ? [] : [YAMLNode.Entry("env", .mapping(env))]))
    }
}
