/// A request routing rule: binds a listener to a pool, a URL path map or a redirect.
public struct RoutingRule: Codable, Hashable, Sendable {
    public var name: String
    /// Evaluation order (1-20000, lower first). Required by current API versions.
    public var priority: Int
    public var listener: String
    public var action: Action
    public var location: SourceLocation

    /// What a rule does with a matched request.
    public enum Action: Codable, Hashable, Sendable {
        case forward(pool: String, settings: String)
        case pathBased(urlPathMap: String)
        case redirect(String)
    }

    package init(name: String, priority: Int, listener: String, action: Action, location: SourceLocation) {
        self.name = name
        self.priority = priority
        self.listener = listener
        self.action = action
        self.location = location
    }

    /// The rule type as Azure names it.
    public var ruleType: String {
        if case .pathBased = action { "PathBasedRouting" } else { "Basic" }
    }
}

/// A URL path map: path rules and the default target for unmatched paths.
public struct URLPathMap: Codable, Hashable, Sendable {
    public var name: String
    public var defaultPool: String
    public var defaultSettings: String
    public var pathRules: [PathRule]
    public var location: SourceLocation

    package init(name: String, defaultPool: String, defaultSettings: String, pathRules: [PathRule], location: SourceLocation) {
        self.name = name
        self.defaultPool = defaultPool
        self.defaultSettings = defaultSettings
        self.pathRules = pathRules
        self.location = location
    }
}

/// Paths (such as `/external/*`) routed to a pool with given settings.
public struct PathRule: Codable, Hashable, Sendable {
    public var name: String
    public var paths: [String]
    public var pool: String
    public var settings: String
    public var location: SourceLocation

    package init(name: String, paths: [String], pool: String, settings: String, location: SourceLocation) {
        self.name = name
        self.paths = paths
        self.pool = pool
        self.settings = settings
        self.location = location
    }
}
