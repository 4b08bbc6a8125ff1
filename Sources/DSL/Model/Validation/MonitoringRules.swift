/// Log Analytics and diagnostic settings.
extension ValidationContext {
    mutating func checkMonitoring() {
        guard let workspace = deployment.logAnalytics else { return }
        checkName(workspace.name, .logAnalyticsWorkspace, at: workspace.location)
        if !(30...730).contains(workspace.retentionDays) {
            error("Log Analytics retention must be 30-730 days (it is \(workspace.retentionDays))", at: workspace.location)
        }
        for setting in deployment.diagnosticSettings {
            checkName(setting.name, .diagnosticSetting, at: setting.location)
            if setting.workspace != workspace.name {
                error("diagnostic setting '\(setting.name)' sends to workspace '\(setting.workspace)', which is not declared", at: setting.location)
            }
        }
    }
}
