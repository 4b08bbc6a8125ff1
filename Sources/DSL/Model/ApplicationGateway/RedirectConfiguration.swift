/// A redirect, such as HTTP → HTTPS to another listener.
public struct RedirectConfiguration: Codable, Hashable, Sendable {
    public var name: String
    public var type: RedirectType
    public var target: Target
    public var includePath: Bool
    public var includeQueryString: Bool
    public var location: SourceLocation

    public enum RedirectType: String, Codable, Hashable, Sendable, CaseIterable {
        case permanent = "Permanent"
        case found = "Found"
        case seeOther = "SeeOther"
        case temporary = "Temporary"
    }

    public enum Target: Codable, Hashable, Sendable {
        case listener(String)
        case url(String)
    }

    package init(name: String, type: RedirectType = .permanent, target: Target, includePath: Bool = true, includeQueryString: Bool = true, location: SourceLocation) {
        self.name = name
        self.type = type
        self.target = target
        self.includePath = includePath
        self.includeQueryString = includeQueryString
        self.location = location
    }
}
