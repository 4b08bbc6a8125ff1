/// Where a declaration was written in the manifest: captured by every DSL initializer from
/// `#filePath`, `#line` and `#column`, so diagnostics can point at the user's own line.
public struct SourceLocation: Codable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location for values the resolve step derived rather than the user wrote.
    public static let derived = SourceLocation(file: "<derived>", line: 0, column: 0)

    public var description: String { "\(file):\(line):\(column)" }
}
