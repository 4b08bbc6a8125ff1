/// Builders for the steps every flow shares. Steps are `YAMLNode` mappings in the key order
/// Azure Pipelines documents (the step kind first, then `displayName`, inputs, `env`).
enum PipelineStep {
    static let checkout: YAMLNode = ["checkout": "self"]

    /// A bash step; `env` maps environment variable names to values (usually macros).
    static func bash(_ displayName: String, _ script: String, workingDirectory: String? = nil,
                     env: [YAMLNode.Entry] = []) -> YAMLNode {
        step(["bash": .block(script), "displayName": .string(displayName)],
             workingDirectory.map { [YAMLNode.Entry("workingDirectory", .string($0))] } ?? [], env: env)
    }

    /// A PowerShell 7 step.
    static func pwsh(_ displayName: String, _ script: String, env: [YAMLNode.Entry] = []) -> YAMLNode {
        step(["pwsh": .block(script), "displayName": .string(displayName)], [], env: env)
    }

    /// A task step with its inputs in the given order.
    static func task(_ name: String, _ displayName: String, inputs: [YAMLNode.Entry],
                     env: [YAMLNode.Entry] = []) -> YAMLNode {
        step(["task": .string(name), "displayName": .string(displayName)],
             [YAMLNode.Entry("inputs", .mapping(inputs))], env: env)
    }

    /// An `AzureCLI@2` bash script signed in through the service connection.
    static func azureCLI(_ displayName: String, _ script: String, env: [YAMLNode.Entry]) -> YAMLNode {
        task("AzureCLI@2", displayName, inputs: [
            .init("azureSubscription", .string(PipelineVariable.serviceConnectionExpression)),
            .init("scriptType", "bash"),
            .init("scriptLocation", "inlineScript"),
            .init("inlineScript", .block(script)),
        ], env: env)
    }

    private static func step(_ head: YAMLNode, _ rest: [YAMLNode.Entry], env: [YAMLNode.Entry]) -> YAMLNode {
        guard case .mapping(let entries) = head else { return head }
        return .mapping(entries + rest + (env.isEmpty ? [] : [YAMLNode.Entry("env", .mapping(env))]))
    }

    /// Builds gen, then proves each committed output folder matches the manifest.
    static func genChecks(_ formats: [String]) -> [YAMLNode] {
        let common: [YAMLNode.Entry] = [
            .init("GEN_PACKAGE_PATH", .string(PipelineVariable.macro(PipelineVariable.genPackagePath))),
        ]
        return [bash("Build gen", PipelineScript.buildGen, env: common)] + formats.map { format in
            bash("gen \(format) --check (committed output matches the manifest)", PipelineScript.genCheck, env: [
                .init("GEN_FORMAT", .string(format)),
            ] + common + [
                .init("MANIFEST_PATH", .string(PipelineVariable.macro(PipelineVariable.manifestPath))),
                .init("OUTPUT_ROOT", .string(PipelineVariable.macro(PipelineVariable.outputRoot))),
            ])
        }
    }

    /// Fails early when the variable group lacks one of `names`; nothing when `names` is empty.
    static func requireVariables(_ names: [String]) -> [YAMLNode] {
        guard !names.isEmpty else { return [] }
        return [bash("Check the variable group", PipelineScript.requireVariables,
                     env: names.map { .init("REQUIRED_" + $0, .string(PipelineVariable.macro($0))) })]
    }

    /// The staging folder the Plan stage fills and publishes.
    static let stagingDirectory = "$(Build.ArtifactStagingDirectory)/release"

    /// Copies the deployed folders (glob lines relative to the output root) to the staging folder.
    static func stage(_ contents: [String]) -> YAMLNode {
        task("CopyFiles@2", "Stage the reviewed files", inputs: [
            .init("SourceFolder", .string(PipelineVariable.outputPath(""))),
            .init("Contents", .block(contents.joined(separator: "\n") + "\n")),
            .init("TargetFolder", .string(stagingDirectory)),
            .init("CleanTargetFolder", true),
        ])
    }

    static func publish(_ environment: PipelineEnvironment) -> YAMLNode {
        task("PublishPipelineArtifact@1", "Publish the reviewed plan", inputs: [
            .init("targetPath", .string(stagingDirectory)),
            .init("artifact", .string(environment.artifact)),
            .init("publishLocation", "pipeline"),
        ])
    }

    /// Downloads the artifact the Plan stage published, to `artifactDirectory(environment)`.
    static func download(_ environment: PipelineEnvironment) -> YAMLNode {
        ["download": "current", "artifact": .string(environment.artifact),
         "displayName": .string("Download the reviewed plan")]
    }

    static func artifactDirectory(_ environment: PipelineEnvironment) -> String {
        "$(Pipeline.Workspace)/" + environment.artifact
    }

    /// Publishes the APIM policy files of the artifact after the infrastructure.
    static func publishPolicies(_ environment: PipelineEnvironment) -> YAMLNode {
        azureCLI("Publish APIM policies", PipelineScript.publishPolicies, env: [
            .init("POLICY_ROOT", .string(artifactDirectory(environment) + "/policies")),
            .init("RESOURCE_GROUP", .string(PipelineVariable.macro(PipelineVariable.resourceGroup))),
            .init("APIM_NAME", .string(PipelineVariable.macro(PipelineVariable.apiManagementName))),
        ])
    }

    /// The post-deployment proof: every pool with targets reports Healthy.
    static func verifyBackendHealth(pools: [String]) -> YAMLNode {
        azureCLI("Verify Application Gateway backend health", PipelineScript.backendHealth, env: [
            .init("RESOURCE_GROUP", .string(PipelineVariable.macro(PipelineVariable.resourceGroup))),
            .init("GATEWAY_NAME", .string(PipelineVariable.macro(PipelineVariable.applicationGatewayName))),
            .init("BACKEND_POOLS", .string(pools.joined(separator: " "))),
        ])
    }
}
