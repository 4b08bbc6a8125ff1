/// A heredoc string. `<<MARKER` keeps `content` verbatim at column 0; `<<-MARKER` (`indented`)
/// indents every non-empty content line one level deeper than the attribute, and HCL strips
/// that common indentation again. Only `${` and `%{` are escaped (as `$${`, `%%{`).
public struct HCLHeredoc: Hashable, Sendable {
    public var marker: HCLIdentifier
    /// Written verbatim (one trailing newline is ignored); no line may equal the marker.
    public var content: String
    public var indented: Bool

    public init(marker: HCLIdentifier = "EOT", content: String, indented: Bool = false) {
        self.marker = marker
        self.content = content
        self.indented = indented
    }
}
