/// Renders delivery steps and values as GitHub Actions workflow YAML: actions pinned by commit
/// (`GitHubAction`), scripts as `run` steps reading every value from `env` (Az PowerShell ones
/// through azure/powershell), values as expressions (`${{ env.NAME }}`, `${{ secrets.NAME }}`,
/// `${{ vars.NAME }}`) resolved by the runner.
enum GitHubWorkflowStep {
    static let platform = DeliveryPlatform.githubActions

    /// The repository or environment variables that identify the workload identity; identifiers,
    /// not secrets (OIDC needs no client secret).
    static let clientID = "AZURE_CLIENT_ID"
    static let tenantID = "AZURE_TENANT_ID"
    static let subscriptionID = "AZURE_SUBSCRIPTION_ID"

    /// The name GitHub knows a variable or input by: `terraformStateKey` → `TERRAFORM_STATE_KEY`
    /// (secret and variable names are upper case letters, digits and `_`).
    static func name(_ name: String) -> String { SnakeCase.identifier(name).uppercased() }

    static func expression(_ text: String) -> String { "${{ " + text + " }}" }

    /// `${{ secrets.NAME }}` or `${{ vars.NAME }}`.
    static func reference(_ input: DeliveryInput) -> String {
        expression((input.secret ? "secrets." : "vars.") + name(input.name))
    }

    /// The value as a step reads it; `inline` spells plan variables by their value instead of
    /// `${{ env.NAME }}` (the workflow-level `env` cannot read itself).
    static func value(_ value: DeliveryValue, inline variables: [DeliveryVariable]? = nil) -> String {
        value.rendered { part in
            switch part {
            case .text(let text): return text
            case .variable(let variable):
                if let variables, let defined = variables.first(where: { $0.name == variable }) {
                    return self.value(defined.value, inline: variables)
                }
                return expression("env." + name(variable))
            case .input(let input): return reference(input)
            case .location(.checkout): return expression("github.workspace")
            case .location(.staging): return expression("runner.temp") + "/release"
            case .location(.artifact(let artifact)): return expression("runner.temp") + "/" + artifact
            case .location(.runID): return expression("github.run_id")
            case .location(.tools): return expression("runner.tool_cache")
            case .location(.runnerOS): return expression("runner.os")
            case .location(.secureFile(let file)): return expression("runner.temp") + "/" + file.fileName
            }
        }
    }

    /// A step's environment: its names are the scripts' own.
    static func env(_ variables: [DeliveryVariable]) -> [YAMLNode.Entry] {
        variables.map { YAMLNode.Entry($0.name, .string(value($0.value))) }
    }

    /// Plan settings as `env` entries under GitHub names, so `${{ env.NAME }}` finds them;
    /// `inline` as for `value`.
    static func settings(_ variables: [DeliveryVariable], inline: [DeliveryVariable]? = nil) -> [YAMLNode.Entry] {
        variables.map { YAMLNode.Entry(name($0.name), .string(value($0.value, inline: inline))) }
    }

    /// Signs in with OpenID Connect (no client secret); `powershell` also opens an Az PowerShell session.
    static func login(powershell: Bool) -> YAMLNode {
        var with: [YAMLNode.Entry] = [
            .init("client-id", .string(expression("vars." + clientID))),
            .init("tenant-id", .string(expression("vars." + tenantID))),
            .init("subscription-id", .string(expression("vars." + subscriptionID))),
        ]
        if powershell { with.append(.init("enable-AzPSSession", true)) }
        return uses("Sign in to Azure (OpenID Connect)", .login, with: with)
    }

    static func step(_ step: DeliveryStep) -> YAMLNode {
        let rendered = self.rendered(step)
        guard let id = step.id, case .mapping(var entries) = rendered else { return rendered }
        // Later jobs read its outputs as steps.<id>.outputs.<name>.
        entries.insert(YAMLNode.Entry("id", .string(id)), at: 0)
        return .mapping(entries)
    }

    private static func rendered(_ step: DeliveryStep) -> YAMLNode {
        let title = step.title(on: platform)
        let env = self.env(step.env)
        switch step.action {
        case .checkout:
            // The job needs no git credentials after checkout; do not leave the token on disk.
            return uses(title, .checkout, with: [.init("persist-credentials", false)])
        case .azure(let script) where script.shell == .pwsh:
            // The Az modules and the session azure/login opened are azure/powershell's; a
            // `shell: pwsh` step has neither. It reads the same env as any step.
            var entries: [YAMLNode.Entry] = [.init("name", .string(title)), .init("uses", GitHubAction.powershell.reference)]
            if !env.isEmpty { entries.append(.init("env", .mapping(env))) }
            entries.append(.init("with", [
                "inlineScript": .block(script.text(on: platform)),
                "azPSVersion": "latest",
            ]))
            return .mapping(entries)
        case .run(let script), .azure(let script):
            return run(script, title, workingDirectory: step.workingDirectory, env: env)
        case .requireInputs(let inputs):
            return run(.requireInputs, title, workingDirectory: nil, env: inputs.map {
                .init("REQUIRED_" + name($0.name), .string(reference($0)))
            })
        case .installTerraform(let version):
            return uses(title, .setupTerraform, with: [
                .init("terraform_version", .string(value(version))),
                // The wrapper rewrites terraform's output and exit code handling; the scripts need neither.
                .init("terraform_wrapper", false),
            ])
        case .terraformInit(let backend):
            return run(.terraformInit, title, workingDirectory: step.workingDirectory, env: [
                .init("STATE_RESOURCE_GROUP", .string(value(backend.resourceGroup))),
                .init("STATE_STORAGE_ACCOUNT", .string(value(backend.storageAccount))),
                .init("STATE_CONTAINER", .string(value(backend.container))),
                .init("STATE_KEY", .string(value(backend.key))),
            ] + env)
        case .terraformPlan(let planFile, let publishName, let varFile, let variables, _):
            // The job summary shows `terraform show`'s text, which redacts sensitive values.
            return run(.terraformPlan, title, workingDirectory: step.workingDirectory, env: [
                .init("PLAN_FILE", .string(planFile)),
                .init("PLAN_NAME", .string(publishName)),
            ] + (varFile.map { [.init("VAR_FILE", .string($0))] } ?? [])
                + variables.map { .init("PLAN_VAR_" + $0.name, .string(value($0.value))) } + env)
        case .secureFile(let file):
            return run(.writeSecureFile, title, workingDirectory: nil, env: [
                .init("FILE_CONTENT", .string(expression("secrets." + file.secret))),
                .init("FILE_PATH", .string(value(.location(.secureFile(file))))),
            ])
        case .terraformApply(let planFile):
            return run(.terraformApply, title, workingDirectory: step.workingDirectory,
                       env: [.init("PLAN_FILE", .string(planFile))] + env)
        case .stage(let folders, let excluded, let files):
            return run(.stageFiles, title, workingDirectory: nil, env: [
                .init("FOLDERS", .string(folders.joined(separator: " "))),
                .init("EXCLUDED", .string(excluded.joined(separator: " "))),
                .init("FILES", .string(files.joined(separator: " "))),
                .init("CHECKOUT_DIRECTORY", .string(value(.location(.checkout)))),
                .init("OUTPUT_ROOT", .string(value(.variable(DeliveryVariable.outputRoot)))),
                .init("STAGING_DIRECTORY", .string(value(.location(.staging)))),
            ])
        case .publish(let artifact):
            return uses(title, .upload, with: [
                .init("name", .string(artifact)),
                .init("path", .string(value(.location(.staging)))),
                .init("if-no-files-found", "error"),
                // .terraform.lock.hcl pins the providers the plan was made with.
                .init("include-hidden-files", true),
            ])
        case .download(let artifact):
            return uses(title, .download, with: [
                .init("name", .string(artifact)),
                .init("path", .string(value(.location(.artifact(artifact))))),
            ])
        case .cache(let cache):
            let key = cache.key.map { part -> String in
                switch part {
                case .text(let text): value(text)
                case .file(let file): expression("hashFiles('\(value(file))')")
                }
            }
            return uses(title, .cache, with: [
                .init("path", .string(value(cache.path))),
                .init("key", .string(key.joined(separator: "-"))),
            ])
        }
    }

    /// True when the job signs in to Azure (an az or Az PowerShell script, or Terraform reaching
    /// the state and the provider): only such jobs get an OIDC token.
    static func signsIn(_ steps: [DeliveryStep]) -> Bool {
        steps.contains { needsLogin($0) || usesTerraformBackend($0) }
    }

    /// True when the step runs a script that needs an Azure sign-in first.
    static func needsLogin(_ step: DeliveryStep) -> Bool {
        if case .azure = step.action { true } else { false }
    }

    static func needsPowerShellSession(_ step: DeliveryStep) -> Bool {
        if case .azure(let script) = step.action { script.shell == .pwsh } else { false }
    }

    /// True for the Terraform steps that reach Azure (they authenticate through `ARM_*`).
    static func usesTerraformBackend(_ step: DeliveryStep) -> Bool {
        switch step.action {
        case .terraformInit, .terraformPlan, .terraformApply: true
        default: false
        }
    }

    private static func uses(_ title: String, _ action: GitHubAction, with: [YAMLNode.Entry]) -> YAMLNode {
        .mapping([.init("name", .string(title)), .init("uses", action.reference)]
                 + (with.isEmpty ? [] : [.init("with", .mapping(with))]))
    }

    private static func run(_ script: DeliveryScript, _ title: String, workingDirectory: DeliveryValue?,
                            env: [YAMLNode.Entry]) -> YAMLNode {
        var entries: [YAMLNode.Entry] = [
            .init("name", .string(title)),
            .init("shell", script.shell == .pwsh ? "pwsh" : "bash"),
        ]
        if let workingDirectory { entries.append(.init("working-directory", .string(value(workingDirectory)))) }
        if !env.isEmpty { entries.append(.init("env", .mapping(env))) }
        entries.append(.init("run", .block(script.text(on: platform))))
        return .mapping(entries)
    }
}
