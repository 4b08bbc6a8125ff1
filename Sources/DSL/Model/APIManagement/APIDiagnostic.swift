/// Request logging through a logger, for the whole service or one API.
public struct APIDiagnostic: Codable, Hashable, Sendable {
    /// The logger (by name) that receives the records.
    public var logger: String
    /// The API (by name) it covers; nil covers every API.
    public var api: String?
    public var samplingPercentage: Double
    public var verbosity: Verbosity
    public var alwaysLogErrors: Bool
    public var logClientIP: Bool
    public var location: SourceLocation

    /// How much the gateway traces.
    public enum Verbosity: String, Codable, Hashable, Sendable, CaseIterable {
        case verbose, information, error
    }

    package init(logger: String, api: String? = nil, samplingPercentage: Double = 100, verbosity: Verbosity = .information,
                alwaysLogErrors: Bool = true, logClientIP: Bool = true, location: SourceLocation) {
        self.logger = logger
        self.api = api
        self.samplingPercentage = samplingPercentage
        self.verbosity = verbosity
        self.alwaysLogErrors = alwaysLogErrors
        self.logClientIP = logClientIP
        self.location = location
    }
}
