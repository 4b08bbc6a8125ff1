/// A block: `type "label" ... { body }`, or `type {}` when the body is empty.
public struct HCLBlock: Hashable, Sendable {
    public var type: HCLIdentifier
    /// Rendered as quoted strings.
    public var labels: [String]
    public var body: [HCLBodyItem]

    public init(_ type: HCLIdentifier, _ labels: String..., body: [HCLBodyItem] = []) {
        self.init(type, labels: labels, body: body)
    }

    public init(_ type: HCLIdentifier, labels: [String], body: [HCLBodyItem] = []) {
        self.type = type
        self.labels = labels
        self.body = body
    }
}
