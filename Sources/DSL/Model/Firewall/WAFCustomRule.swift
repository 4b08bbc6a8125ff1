/// A custom WAF rule: match conditions and an action, evaluated before the managed rules.
public struct WAFCustomRule: Codable, Hashable, Sendable {
    public var name: String
    public var priority: Int
    public var action: Action
    public var conditions: [MatchCondition]
    public var location: SourceLocation

    public enum Action: String, Codable, Hashable, Sendable, CaseIterable {
        case allow = "Allow"
        case block = "Block"
        case log = "Log"
    }

    package init(name: String, priority: Int, action: Action, conditions: [MatchCondition], location: SourceLocation) {
        self.name = name
        self.priority = priority
        self.action = action
        self.conditions = conditions
        self.location = location
    }
}

/// One condition of a custom rule; all conditions of a rule must match.
public struct MatchCondition: Codable, Hashable, Sendable {
    public var variable: Variable
    /// The header, argument or cookie name for the variables that take one.
    public var selector: String?
    public var `operator`: Operator
    public var negate: Bool
    public var values: [String]
    public var location: SourceLocation

    public enum Variable: String, Codable, Hashable, Sendable, CaseIterable {
        case remoteAddress = "RemoteAddr"
        case requestMethod = "RequestMethod"
        case queryString = "QueryString"
        case postArguments = "PostArgs"
        case requestURI = "RequestUri"
        case requestHeaders = "RequestHeaders"
        case requestBody = "RequestBody"
        case requestCookies = "RequestCookies"
    }

    public enum Operator: String, Codable, Hashable, Sendable, CaseIterable {
        case ipMatch = "IPMatch"
        case equal = "Equal"
        case contains = "Contains"
        case beginsWith = "BeginsWith"
        case endsWith = "EndsWith"
        case regex = "Regex"
        case geoMatch = "GeoMatch"
        case any = "Any"
    }

    package init(variable: Variable, selector: String? = nil, operator: Operator, negate: Bool = false, values: [String], location: SourceLocation) {
        self.variable = variable
        self.selector = selector
        self.operator = `operator`
        self.negate = negate
        self.values = values
        self.location = location
    }
}
