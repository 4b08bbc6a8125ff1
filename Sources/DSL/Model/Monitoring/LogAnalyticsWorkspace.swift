/// A Log Analytics workspace receiving the gateway's and API Management's logs and metrics.
public struct LogAnalyticsWorkspace: Codable, Hashable, Sendable {
    public var name: String
    public var retentionDays: Int
    /// Resources whose logs and metrics the workspace collects; resolve adds a diagnostic
    /// setting for each that exists.
    public var collectFrom: [DiagnosticSetting.Target]
    public var location: SourceLocation

    public init(name: String, retentionDays: Int = 30, collectFrom: [DiagnosticSetting.Target] = DiagnosticSetting.Target.allCases, location: SourceLocation) {
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
    public enum Target: String, Codable, Hashable, Sendable, CaseIterable {
        case applicationGateway
        case apiManagement
    }

    public init(name: String, target: Target, workspace: String, location: SourceLocation) {
        self.name = name
        self.target = target
        self.workspace = workspace
        self.location = location
    }
}
