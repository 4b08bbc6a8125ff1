import DSL

/// Log Analytics and diagnostic settings: every log (category group `allLogs`) and every
/// metric of the gateway and API Management go to the workspace.
extension RMTemplateBuilder {
    mutating func addMonitoring() {
        guard let workspace = resolved.logAnalytics, let symbol = symbols.workspace else { return }
        var body = regionalBody()
        body.set("properties", ["sku": ["name": "PerGB2018"], "retentionInDays": .int(workspace.retentionDays)])
        add(RMResource(symbol, body: body))
    }

    mutating func addDiagnosticSettings() {
        for setting in resolved.diagnosticSettings {
            guard let target = symbols.target(of: setting), let symbol = symbols.diagnosticSettings[setting.target], let workspace = symbols.workspace else { continue }
            let properties: RMExpression = ["workspaceId": .resourceID(workspace),
                                            "logs": [["categoryGroup": "allLogs", "enabled": true]],
                                            "metrics": [["category": "AllMetrics", "enabled": true]]]
            add(RMResource(symbol, scope: target, body: ["properties": properties]))
        }
    }
}
