import DSL

/// `monitoring.tf`: the Log Analytics workspace and a diagnostic setting per collected resource
/// (every log through the `allLogs` category group, Key Vault's AuditEvent included, and all
/// metrics).
extension TerraformContext {
    var monitoringFile: HCLFile {
        var items: [HCLBodyItem] = []
        if let workspace = deployment.logAnalytics {
            items.append(TF.resource("azurerm_log_analytics_workspace", TerraformNames.main, placement(workspace.name) + [
                TF.attr("sku", "PerGB2018"),
                TF.attr("retention_in_days", .number(workspace.retentionDays)),
            ] + tags))
        }
        for setting in deployment.diagnosticSettings {
            guard let target = diagnosticTarget(setting.target) else { continue }
            items.append(TF.resource("azurerm_monitor_diagnostic_setting", target.key, [
                TF.attr("name", .string(setting.name)),
                TF.attr("target_resource_id", target.id),
                TF.attr("log_analytics_workspace_id", TF.ref("azurerm_log_analytics_workspace", TerraformNames.main, "id")),
                TF.attr("log_analytics_destination_type", "Dedicated"),
                .blankLine,
                TF.block("enabled_log", body: [TF.attr("category_group", "allLogs")]),
                .blankLine,
                TF.block("enabled_metric", body: [TF.attr("category", "AllMetrics")]),
            ]))
        }
        return HCLFile(items)
    }

    /// The local name of the setting and the id of the resource it watches.
    private func diagnosticTarget(_ target: DiagnosticSetting.Target) -> (key: String, id: HCLExpression)? {
        switch target {
        case .applicationGateway:
            deployment.applicationGateway == nil ? nil : ("gateway", TF.ref(Self.applicationGatewayResource, TerraformNames.main, "id"))
        case .apiManagement:
            deployment.apiManagement == nil ? nil : ("apim", TF.ref(Self.apiManagementResource, TerraformNames.main, "id"))
        case .keyVault(let vault):
            ("key_vault_\(names.keyVault(vault))", keyVaultAttribute(vault, "id"))
        }
    }
}
