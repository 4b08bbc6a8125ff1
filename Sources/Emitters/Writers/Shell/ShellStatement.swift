/// A line of a POSIX shell snippet (the `bash` blocks of a runbook).
public enum ShellStatement: Hashable, Sendable {
    /// `# text`, one line per line of text.
    case comment(String)
    case command(ShellCommand)
    /// `NAME=value`; the name must be a shell identifier.
    case assignment(String, ShellWord)
    case blank
}

/// A simple command: words separated by spaces.
public struct ShellCommand: Hashable, Sendable {
    public var words: [ShellWord]

    public init(_ words: [ShellWord]) {
        self.words = words
    }

    /// A command whose words are all literals.
    public init(_ words: String...) {
        self.words = words.map(ShellWord.literal)
    }
}

/// One word of a command line.
public indirect enum ShellWord: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Exactly this text, quoted as needed.
    case literal(String)
    /// Text with variable references, written as one double-quoted word.
    case template([Part])
    /// `"$(command)"`.
    case substitution(ShellCommand)

    public init(stringLiteral value: String) { self = .literal(value) }

    /// A piece of a template word.
    public enum Part: Hashable, Sendable {
        case text(String)
        /// `${NAME}`.
        case variable(String)
    }
}
