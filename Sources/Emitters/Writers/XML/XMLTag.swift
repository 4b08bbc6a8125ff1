/// An XML element (named `XMLTag` because Foundation owns `XMLElement`): a name, ordered
/// attributes and ordered children.
public struct XMLTag: Hashable, Sendable {
    public var name: String
    public var attributes: [XMLAttribute]
    public var children: [XMLContent]

    public init(_ name: String, _ attributes: [XMLAttribute] = [], children: [XMLContent] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// An element whose only child is `text`, e.g. `<audience>api://x</audience>`.
    public init(_ name: String, _ attributes: [XMLAttribute] = [], text: XMLValue) {
        self.init(name, attributes, children: [.text(text)])
    }

    /// Element children only: `XMLTag("inbound", elements: [XMLTag("base")])`.
    public init(_ name: String, _ attributes: [XMLAttribute] = [], elements: [XMLTag]) {
        self.init(name, attributes, children: elements.map { .element($0) })
    }
}
