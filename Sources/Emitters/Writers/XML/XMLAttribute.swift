/// One `name="value"` attribute; an element keeps its attributes in the order given.
public struct XMLAttribute: Hashable, Sendable {
    public var name: String
    public var value: XMLValue

    public init(_ name: String, _ value: XMLValue) {
        self.name = name
        self.value = value
    }
}
