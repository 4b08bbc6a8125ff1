/// Renders shell statements for POSIX `sh` and `bash`. The writer owns quoting: a literal made
/// only of characters no shell treats specially (`A-Za-z0-9_@%+=:,./-`) is written bare, any
/// other literal is single-quoted with `'` written as `'\''`; a template is double-quoted with
/// `\`, `"`, `$` and `` ` `` backslash-escaped and variables written `${NAME}`.
public struct ShellWriter: Hashable, Sendable {
    public init() {}

    /// The statements, one a line, ending with one newline.
    public func render(_ statements: [ShellStatement]) -> String {
        var lines: [String] = []
        for statement in statements {
            switch statement {
            case .comment(let text):
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "#" : "# " + $0 }
            case .command(let command):
                lines.append(self.command(command))
            case .assignment(let name, let value):
                lines.append(name + "=" + word(value))
            case .blank:
                lines.append("")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func command(_ command: ShellCommand) -> String {
        command.words.map(word).joined(separator: " ")
    }

    func word(_ word: ShellWord) -> String {
        switch word {
        case .literal(let text):
            return literal(text)
        case .template(let parts):
            var out = "\""
            for part in parts {
                switch part {
                case .text(let text):
                    for character in text {
                        if "\\\"$`".contains(character) { out.append("\\") }
                        out.append(character)
                    }
                case .variable(let name):
                    out += "${" + name + "}"
                }
            }
            return out + "\""
        case .substitution(let inner):
            return "\"$(" + command(inner) + ")\""
        }
    }

    private static let safe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_@%+=:,./-")

    private func literal(_ text: String) -> String {
        if !text.isEmpty, text.allSatisfy(Self.safe.contains) { return text }
        var out = "'"
        for character in text {
            if character == "'" { out += "'\\''" } else { out.append(character) }
        }
        return out + "'"
    }
}
