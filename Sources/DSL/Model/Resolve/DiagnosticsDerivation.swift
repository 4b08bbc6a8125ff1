/// A diagnostic setting per resource the workspace collects from, when that resource exists:
/// vaults this deployment creates, or fills through its Key Vault bootstrap (it owns those too).
extension ResolveContext {
    mutating func deriveDiagnosticSettings() {
        guard let workspace = deployment.logAnalytics else { return }
        var targets: [DiagnosticSetting.Target] = []
        for source in workspace.collectFrom {
            switch source {
            case .applicationGateway: if deployment.applicationGateway != nil { targets.append(.applicationGateway) }
            case .apiManagement: if deployment.apiManagement != nil { targets.append(.apiManagement) }
            case .keyVaults:
                let bootstrapped = Set(deployment.keyVaultBootstraps.map(\.vault.name))
                targets += deployment.keyVaults.filter { !$0.existing || bootstrapped.contains($0.name) }.map { .keyVault($0.name) }
            }
        }
        for target in targets where !deployment.diagnosticSettings.contains(where: { $0.target == target }) {
            deployment.diagnosticSettings.append(DiagnosticSetting(name: "diag-\(workspace.name)", target: target, workspace: workspace.name, location: workspace.location))
        }
    }
}
