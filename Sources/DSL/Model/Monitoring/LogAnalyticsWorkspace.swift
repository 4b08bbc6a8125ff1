/// A Log Analytics workspace receiving the logs and metrics of the gateway, API Management and
/// the Key Vaults (whose AuditEvent log records every secret and certificate read).
public struct LogAnalyticsWorkspace: Codable, Hashable, Sendable {
    public var name: String
    public var retentionDays: Int
    /// Resources whose logs and metrics the workspace collects; resolve adds a diagnostic
    /// setting for each that exists.
    public var collectFrom: [Source]
    public var location: SourceLocation

    /// The kinds of resource a workspace collects from.
    public enum Source: String, Codable, Hashable, Sendable, CaseIterable {
        case applicationGateway
        case apiManagement
        /// Every Key Vault the deployment creates.
        case keyVaults
    }

    package init(name: String, retentionDays: Int = 30, collectFrom: [Source] = Source.allCases, location: SourceLocation) {
        self.name = name
        self.retentionDays = retentionDays
        self.collectFrom = collectFrom
        self.location = location
    }
}

/// A diagnostic setting that sends a resource's logs (category group `allLogs`) and metrics
/// to the workspace.
public struct DiagnosticSetting: Codable, Hashable, Sendable {
    public var name: String
    public var target: Target
    public var workspace: String
    public var location: SourceLocation

    /// The resource whose logs are collected.
    public enum Target: Codable, Hashable, Sendable {
        case applicationGateway
        case apiManagement
        /// A Key Vault the deployment creates, by name.
        case keyVault(String)
    }

    package init(name: String, target: Target, workspace: String, location: SourceLocation) {
        self.name = name
        self.target = target
        self.workspace = workspace
        self.location = location
    }
}
