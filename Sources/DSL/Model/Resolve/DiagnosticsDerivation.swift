/// A diagnostic setting per resource the workspace collects from, when that resource exists.
extension ResolveContext {
    mutating func deriveDiagnosticSettings() {
        guard let workspace = deployment.logAnalytics else { return }
        for target in workspace.collectFrom where !deployment.diagnosticSettings.contains(where: { $0.target == target }) {
            let exists = target == .applicationGateway ? deployment.applicationGateway != nil : deployment.apiManagement != nil
            guard exists else { continue }
            deployment.diagnosticSettings.append(DiagnosticSetting(name: "diag-\(workspace.name)", target: target, workspace: workspace.name, location: workspace.location))
        }
    }
}
