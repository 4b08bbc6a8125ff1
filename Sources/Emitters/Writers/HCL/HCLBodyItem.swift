/// One entry of a block body (or of the file's top level), rendered in order.
public enum HCLBodyItem: Hashable, Sendable {
    case attribute(HCLIdentifier, HCLExpression)
    case block(HCLBlock)
    /// `# text`, one `#` line per line of `text`.
    case comment(String)
    /// `#text` with no space, for tool directives such as `#checkov:skip=CKV_AZURE_1: reason`.
    case directive(String)
    /// Separates groups (and ends an `=` alignment group). Leading, trailing and repeated
    /// blank lines are dropped.
    case blankLine
}
