import DSL

/// Renders the `terraform` format: a root module with one file per concern (`network.tf`,
/// `apim.tf`, `appgw.tf`, …), its settings (`versions.tf`, `providers.tf`, optional
/// `backend.tf`), `variables.tf`, `outputs.tf`, `terraform.tfvars.example`, per environment
/// `environments/<env>.tfvars` and `environments/<env>.backend.hcl`, and the API Management
/// policy files its policy blocks read (`policies/`, APIOps layout). Files without content are
/// left out.
public struct TerraformEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .terraform }

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        let context = TerraformContext(deployment)
        let files: [(String, HCLFile?)] = [
            ("versions.tf", context.versionsFile),
            ("providers.tf", context.providersFile),
            ("backend.tf", context.backendFile),
            ("variables.tf", context.variablesFile),
            ("main.tf", context.mainFile),
            ("network.tf", context.networkFile),
            ("dns.tf", context.dnsFile),
            ("identity.tf", context.identityFile),
            ("keyvault.tf", context.keyVaultFile),
            ("apim.tf", context.apiManagementFile),
            ("apim_settings.tf", context.serviceSettingsFile),
            ("apim_apis.tf", context.apisFile),
            ("apim_policies.tf", context.policiesFile),
            ("waf.tf", context.firewallFile),
            ("appgw.tf", context.applicationGatewayFile),
            ("monitoring.tf", context.monitoringFile),
            ("outputs.tf", context.outputsFile),
            ("terraform.tfvars.example", context.tfvarsExample),
        ] + context.environmentFiles
        let modules: [EmittedFile] = files.compactMap { path, file in
            guard let file, !file.items.isEmpty else { return nil }
            return EmittedFile(path: path, contents: HCLWriter.render(file))
        }
        return modules + context.policyFiles
    }
}
