import DSL

/// Renders the `terraform` format: a root module with one file per concern (`network.tf`,
/// `apim.tf`, `appgw.tf`, …), its settings (`versions.tf`, `providers.tf`, optional
/// `backend.tf`), `variables.tf`, `outputs.tf` and `terraform.tfvars.example`. Files without
/// content are left out.
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
            ("waf.tf", context.firewallFile),
            ("appgw.tf", context.applicationGatewayFile),
            ("monitoring.tf", context.monitoringFile),
            ("outputs.tf", context.outputsFile),
            ("terraform.tfvars.example", context.tfvarsExample),
        ]
        return files.compactMap { path, file in
            guard let file, !file.items.isEmpty else { return nil }
            return EmittedFile(path: path, contents: HCLWriter.render(file))
        }
    }
}
