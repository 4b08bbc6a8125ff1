/// Renders a `YAMLNode` as block-style YAML: two-space indentation, sequences inside a mapping
/// indented under their key (`steps:` / `  - task: X`), the rest of a mapping in a sequence item
/// aligned under its first key, scalars plain when YAML 1.1 and 1.2 read them back as the same
/// string and single-quoted otherwise.
public struct YAMLWriter: Hashable, Sendable {
    public init() {}

    /// The document, ending with one newline; each of `comments` becomes a leading `# ` line.
    public func render(_ node: YAMLNode, comments: [String] = []) -> String {
        var lines = comments.map { $0.isEmpty ? "#" : "# " + $0 }
        if isNonEmptyCollection(node) {
            lines += blockLines(node, indent: 0)
        } else if let literal = literal(node, indent: 2) {
            lines.append(literal.header)
            lines += literal.lines
        } else {
            lines.append(scalar(node))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text of one scalar node as it appears after `key: ` or `- `.
    func scalar(_ node: YAMLNode) -> String {
        switch node {
        case .mapping: return "{}"
        case .sequence: return "[]"
        case .string(let s), .block(let s): return quoted(s)
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .commented(let value, let comment):
            let line = comment.map { $0.isNewline ? " " : $0 }
            return scalar(value) + " # " + String(line)
        }
    }

    private func isNonEmptyCollection(_ node: YAMLNode) -> Bool {
        switch node {
        case .mapping(let entries): return !entries.isEmpty
        case .sequence(let items): return !items.isEmpty
        default: return false
        }
    }

    private func blockLines(_ node: YAMLNode, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var out: [String] = []
        switch node {
        case .mapping(let entries):
            for entry in entries {
                let key = pad + quoted(entry.key) + ":"
                if isNonEmptyCollection(entry.value) {
                    out.append(key)
                    out += blockLines(entry.value, indent: indent + 2)
                } else if let literal = literal(entry.value, indent: indent + 2) {
                    out.append(key + " " + literal.header)
                    out += literal.lines
                } else {
                    out.append(key + " " + scalar(entry.value))
                }
            }
        case .sequence(let items):
            for item in items {
                if isNonEmptyCollection(item) {
                    let nested = blockLines(item, indent: indent + 2)
                    out.append(pad + "- " + nested[0].dropFirst(indent + 2))
                    out += nested.dropFirst()
                } else if let literal = literal(item, indent: indent + 2) {
                    out.append(pad + "- " + literal.header)
                    out += literal.lines
                } else {
                    out.append(pad + "- " + scalar(item))
                }
            }
        default:
            out.append(pad + scalar(node))
        }
        return out
    }

    /// A block literal for `.block` and for multi-line strings, or nil when the node is written
    /// inline (also for text a literal cannot carry: control characters, no content line).
    private func literal(_ node: YAMLNode, indent: Int) -> (header: String, lines: [String])? {
        let text: String
        switch node {
        case .block(let s): text = s
        case .string(let s) where s.contains("\n"): text = s
        default: return nil
        }
        guard !text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && !isPrintable($0) })
        else { return nil }
        var body = Substring(text)
        var trailing = 0
        while body.last == "\n" {
            body = body.dropLast()
            trailing += 1
        }
        if body.isEmpty { return nil }
        let contentLines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let pad = String(repeating: " ", count: indent)
        var header = "|"
        if let first = contentLines.first(where: { !$0.isEmpty }), first.first == " " || first.first == "\t" {
            header += "2"
        }
        header += trailing == 0 ? "-" : trailing == 1 ? "" : "+"
        var lines = contentLines.map { $0.isEmpty ? "" : pad + $0 }
        if trailing > 1 { lines += Array(repeating: "", count: trailing - 1) }
        return (header, lines)
    }

    private func quoted(_ s: String) -> String {
        if s.unicodeScalars.contains(where: { !isPrintable($0) && $0 != "\t" }) {
            return doubleQuoted(s)
        }
        if isPlainSafe(s) { return s }
        var out = "'"
        for ch in s {
            out.append(ch)
            if ch == "'" { out.append("'") }
        }
        return out + "'"
    }

    private func isPrintable(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    private func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isPrintable(u) {
                    out.unicodeScalars.append(u)
                } else {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                }
            }
        }
        return out + "\""
    }

    private static let reserved: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
        ".inf", "-.inf", "+.inf", ".nan", "=", "<<",
    ]
    private static let indicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]

    private func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.first, let last = s.last else { return false }
        if Self.reserved.contains(s.lowercased()) { return false }
        if Self.indicators.contains(first) || first == " " || last == " " || last == ":" { return false }
        if s.contains(": ") || s.contains(" #") || s.contains("\t") || s.contains("\n") { return false }
        // Anything that starts like a number (ints, floats, hex, octal, sexagesimal, dates).
        var rest = Substring(s)
        if rest.first == "+" { rest = rest.dropFirst() }
        if let c = rest.first, c.isASCII, c.isNumber { return false }
        if rest.first == ".", let c = rest.dropFirst().first, c.isASCII, c.isNumber { return false }
        return true
    }
}
