extension LogAnalyticsWorkspace: DeploymentComponent {
    /// A workspace collecting all logs and metrics of the resources in `collectFrom`: the
    /// gateway, API Management and every Key Vault the deployment creates, unless told otherwise.
    ///
    /// ```swift
    /// LogAnalyticsWorkspace("log-contoso-api", retentionDays: 90, collectFrom: [.applicationGateway, .keyVaults])
    /// ```
    public init(_ name: String, retentionDays: Int = 30, collectFrom targets: [Source] = Source.allCases,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, retentionDays: retentionDays, collectFrom: targets, location: .here(file, line, column))
    }

    /// Sets the deployment's workspace (a later declaration replaces it).
    public func apply(to deployment: inout Deployment) { deployment.logAnalytics = self }
}
