import DSL

/// The Log Analytics workspace and a diagnostic setting per resource it collects from.
extension DeployScript {
    var monitoringStep: ScriptStep? {
        guard let workspace = deployment.logAnalytics else { return nil }
        var statements = ScriptIdioms.ensure(
            .variable("logAnalyticsWorkspace"), "Log Analytics workspace", target: .string(workspace.name),
            get: PSCommand("Get-AzOperationalInsightsWorkspace", [ScriptIdioms.resourceGroup, .named("Name", .string(workspace.name))]),
            create: PSCommand("New-AzOperationalInsightsWorkspace", [
                ScriptIdioms.resourceGroup, .named("Name", .string(workspace.name)), ScriptIdioms.location,
                .named("Sku", .bareword("PerGB2018")), .named("RetentionInDays", .int(workspace.retentionDays)),
            ] + tagArguments))
        let settings = deployment.diagnosticSettings.filter { $0.workspace == workspace.name }
        if !settings.isEmpty {
            statements += [
                .assign(.variable("diagnosticLogs"), .command(PSCommand("New-AzDiagnosticSettingLogSettingsObject", [
                    .named("Enabled", .bool(true)), .named("CategoryGroup", .string("allLogs")),
                ]))),
                .assign(.variable("diagnosticMetrics"), .command(PSCommand("New-AzDiagnosticSettingMetricSettingsObject", [
                    .named("Enabled", .bool(true)), .named("Category", .string("AllMetrics")),
                ]))),
            ]
        }
        for setting in settings {
            let (resource, target): (PSExpression, PSExpression) = switch setting.target {
            case .applicationGateway: (.member(.variable("applicationGateway"), "Id"), gatewayName)
            case .apiManagement: (.member(.variable("apiManagement"), "Id"), apiManagementName)
            case .keyVault(let vault): (.member(ScriptIdioms.item("keyVaults", vault), "ResourceId"), .string(vault))
            }
            statements.append(ScriptIdioms.whenApproved(target, "Create or update diagnostic setting", [
                .assign(.null, .command(PSCommand("New-AzDiagnosticSetting", [
                    .named("Name", .string(setting.name)), .named("ResourceId", resource),
                    .named("WorkspaceId", .member(.variable("logAnalyticsWorkspace"), "ResourceId")),
                    .named("Log", .variable("diagnosticLogs")), .named("Metric", .variable("diagnosticMetrics")),
                ]))),
            ]))
        }
        return ScriptStep(title: "Log Analytics and diagnostic settings", statements: statements)
    }
}
