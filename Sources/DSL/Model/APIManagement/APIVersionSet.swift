/// A set of versions of one API and how callers choose a version.
public struct APIVersionSet: Codable, Hashable, Sendable {
    public var name: String
    public var displayName: String
    public var scheme: Scheme
    public var location: SourceLocation

    /// Where the version travels in a request.
    public enum Scheme: Codable, Hashable, Sendable {
        /// A path segment: `/orders/v2/…`.
        case segment
        /// A query parameter: `?api-version=v2`.
        case query(String)
        /// A header: `Api-Version: v2`.
        case header(String)
    }

    package init(name: String, displayName: String? = nil, scheme: Scheme, location: SourceLocation) {
        self.name = name
        self.displayName = displayName ?? name
        self.scheme = scheme
        self.location = location
    }
}
