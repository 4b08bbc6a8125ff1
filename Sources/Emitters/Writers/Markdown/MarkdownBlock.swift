/// A block of a Markdown document (GitHub Flavored Markdown, as Azure DevOps wikis also read it).
public indirect enum MarkdownBlock: Hashable, Sendable {
    /// `#` to `######`; levels outside 1...6 are clamped.
    case heading(Int, [MarkdownInline])
    case paragraph([MarkdownInline])
    case table(MarkdownTable)
    /// A fenced code block with an optional info string (`powershell`, `bash`).
    case code(language: String?, String)
    case list(MarkdownList)
}

/// A GFM table: a header row and body rows of inline cells. Rows shorter than the header are
/// padded with empty cells.
public struct MarkdownTable: Hashable, Sendable {
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]

    public init(header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.header = header
        self.rows = rows
    }
}

/// A bulleted or numbered list whose items may hold nested blocks (indented under the item);
/// a list with nested blocks is written loose, a blank line between items.
public struct MarkdownList: Hashable, Sendable {
    public var ordered: Bool
    public var items: [Item]

    public init(ordered: Bool = false, items: [Item]) {
        self.ordered = ordered
        self.items = items
    }

    /// One item: its first paragraph and any blocks that follow it inside the item.
    public struct Item: Hashable, Sendable {
        public var content: [MarkdownInline]
        public var children: [MarkdownBlock]

        public init(_ content: [MarkdownInline], children: [MarkdownBlock] = []) {
            self.content = content
            self.children = children
        }
    }
}

/// A whole Markdown document: blocks separated by blank lines.
public struct MarkdownDocument: Hashable, Sendable {
    public var blocks: [MarkdownBlock]

    public init(_ blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }
}
