import DSL

/// `environments/<env>.tfvars` and `environments/<env>.backend.hcl` for each declared
/// environment: the values of the settings that differ (secrets only named, never written) and
/// where the environment's state lives (the manifest's remote state, the key under a folder
/// named after the environment).
extension TerraformContext {
    static let environmentsFolder = "environments/"

    var environmentFiles: [(String, HCLFile)] {
        resolved.environments.flatMap { environment in
            [
                (Self.environmentsFolder + environment.name + ".tfvars", tfvars(environment)),
                (Self.environmentsFolder + environment.name + ".backend.hcl", backendConfiguration(environment)),
            ]
        }
    }

    private func tfvars(_ environment: ResolvedEnvironment) -> HCLFile {
        var items: [HCLBodyItem] = [.comment(
            "Environment \(environment.name)\(environment.production ? " (production)" : ""): the values that differ from the other environments.\n"
                + "terraform init -reconfigure -backend-config=\(Self.environmentsFolder)\(environment.name).backend.hcl\n"
                + "terraform plan -var-file=\(Self.environmentsFolder)\(environment.name).tfvars")]
        let assignments = self.environment.assignments[environment.name] ?? []
        if !assignments.isEmpty {
            items.append(.blankLine)
            items += assignments
        }
        let secrets = variables.secrets(in: environment.name, self.environment)
        if !secrets.isEmpty {
            items.append(.blankLine)
            items.append(.comment("Sensitive, set in the environment (this environment's values):\n"
                + secrets.map { "  export TF_VAR_\($0.variable)=…   # secret input \($0.input)" }.joined(separator: "\n")))
        }
        if !self.environment.limitations.isEmpty {
            items.append(.blankLine)
            items.append(.comment("Not parameterised (the same in every environment):\n" + self.environment.limitations.map { "- " + $0 }.joined(separator: "\n")))
        }
        return HCLFile(items)
    }

    /// The state key of an environment: the deployment's key under the environment's folder.
    func stateKey(of environment: String) -> String {
        environment + "/" + (deployment.pipeline?.remoteState?.key ?? "\(deployment.name).tfstate")
    }

    private func backendConfiguration(_ environment: ResolvedEnvironment) -> HCLFile {
        let usage = HCLBodyItem.comment("State of environment \(environment.name): terraform init -reconfigure -backend-config=\(Self.environmentsFolder)\(environment.name).backend.hcl")
        guard let state = deployment.pipeline?.remoteState else {
            return HCLFile([
                usage,
                .comment("The manifest names no RemoteState: uncomment and fill in the storage account that holds the state\n"
                    + "(or pass these with -backend-config=KEY=VALUE, as the pipeline does).\n"
                    + "resource_group_name  = \"<resource group of the state storage account>\"\n"
                    + "storage_account_name = \"<state storage account>\""),
                TF.attr("container_name", .string(DeliveryContext.defaultStateContainer)),
                TF.attr("key", .string(stateKey(of: environment.name))),
            ])
        }
        return HCLFile([
            usage,
            TF.attr("resource_group_name", .string(state.resourceGroup)),
            TF.attr("storage_account_name", .string(state.storageAccount)),
            TF.attr("container_name", .string(state.container)),
            TF.attr("key", .string(stateKey(of: environment.name))),
        ])
    }
}
