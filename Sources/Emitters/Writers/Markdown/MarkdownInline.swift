/// Inline Markdown content: text, code spans, emphasis and links. The writer escapes text, so
/// `.text("a|b *c*")` renders as literal characters.
public indirect enum MarkdownInline: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Literal text; every Markdown metacharacter is escaped, line breaks become spaces.
    case text(String)
    /// A code span; the fence grows when the code itself holds backticks.
    case code(String)
    case strong([MarkdownInline])
    case emphasis([MarkdownInline])
    /// `[text](url)`; the URL is written in `<…>` when it holds spaces or parentheses.
    case link([MarkdownInline], url: String)

    public init(stringLiteral value: String) { self = .text(value) }
}
