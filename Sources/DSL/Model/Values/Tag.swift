/// A resource tag. Tags are kept in declaration order and rendered in that order.
public struct Tag: Codable, Hashable, Sendable {
    public var name: String
    public var value: String
    public var location: SourceLocation

    package init(_ name: String, _ value: String, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}
