/// A child of an element.
public indirect enum XMLContent: Hashable, Sendable {
    case element(XMLTag)
    case text(XMLValue)
    /// `<!-- ... -->`; a `--` inside is written as `- -` (XML forbids it in comments).
    case comment(String)
}
