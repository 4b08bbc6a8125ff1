extension LogAnalyticsWorkspace: DeploymentComponent {
    /// A workspace collecting all logs and metrics of the resources in `collectFrom`.
    public init(_ name: String, retentionDays: Int = 30, collectFrom targets: [DiagnosticSetting.Target] = DiagnosticSetting.Target.allCases,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, retentionDays: retentionDays, collectFrom: targets, location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.logAnalytics = self }
}
