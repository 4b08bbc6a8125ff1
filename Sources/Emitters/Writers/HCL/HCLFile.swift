/// A whole `.tf` file. The writer puts one blank line around every top-level block
/// (a comment directly above a block stays attached to it).
public struct HCLFile: Hashable, Sendable {
    public var items: [HCLBodyItem]

    public init(_ items: [HCLBodyItem]) {
        self.items = items
    }
}
