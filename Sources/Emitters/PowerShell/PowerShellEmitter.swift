import DSL

/// Renders the `powershell` format: `deploy.ps1`, one Az PowerShell script that runs the
/// Microsoft Learn walkthrough's steps (context, network, API Management, private DNS, public IP,
/// Application Gateway, backend health) for whatever the model holds, get-or-create where the
/// cmdlets allow, with `-WhatIf`, progress per step and a summary. With environments, a mandatory
/// `-Environment` selects the row of one `$environments` table the values that differ come from.
/// `bootstrap-keyvault.ps1` fills the existing vaults the deployment reads, once, before any format deploys.
public struct PowerShellEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .powershell }

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        var files = [EmittedFile(path: "deploy.ps1", contents: PowerShellWriter().render(DeployScript(deployment).script))]
        if let bootstrap = BootstrapScript(deployment).script {
            files.append(EmittedFile(path: "bootstrap-keyvault.ps1", contents: PowerShellWriter().render(bootstrap)))
        }
        return files
    }
}
