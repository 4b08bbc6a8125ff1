/// Renders a `MarkdownDocument` as GitHub Flavored Markdown. The writer owns escaping: text
/// has every inline metacharacter backslash-escaped and line breaks folded to spaces, a line
/// that would start a list or heading is escaped at its start, table cells escape `|` (also
/// inside code spans, as GFM requires), and code spans and fences grow past any backtick run
/// in their content.
public struct MarkdownWriter: Hashable, Sendable {
    public init() {}

    /// The document, ending with exactly one newline.
    public func render(_ document: MarkdownDocument) -> String {
        blocks(document.blocks).joined(separator: "\n") + "\n"
    }

    private func blocks(_ blocks: [MarkdownBlock]) -> [String] {
        var lines: [String] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { lines.append("") }
            lines += self.block(block)
        }
        return lines
    }

    private func block(_ block: MarkdownBlock) -> [String] {
        switch block {
        case .heading(let level, let content):
            return [String(repeating: "#", count: min(max(level, 1), 6)) + " " + inlines(content, inTable: false)]
        case .paragraph(let content):
            return [lineStart(inlines(content, inTable: false))]
        case .table(let table):
            let width = table.header.count
            func row(_ cells: [[MarkdownInline]]) -> String {
                let padded = cells.prefix(width) + Array(repeating: [], count: max(0, width - cells.count))
                return "| " + padded.map { inlines($0, inTable: true) }.joined(separator: " | ") + " |"
            }
            return [row(table.header), "|" + Array(repeating: "---|", count: width).joined()] + table.rows.map(row)
        case .code(let language, let code):
            let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: code) + 1))
            var body = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if body.last == "" { body.removeLast() }
            return [fence + (language ?? "")] + body + [fence]
        case .list(let list):
            var lines: [String] = []
            let loose = list.items.contains { !$0.children.isEmpty }
            for (index, item) in list.items.enumerated() {
                if loose && index > 0 { lines.append("") }
                let marker = list.ordered ? "\(index + 1). " : "- "
                let pad = String(repeating: " ", count: marker.count)
                lines.append(marker + lineStart(inlines(item.content, inTable: false)))
                if !item.children.isEmpty {
                    lines.append("")
                    lines += blocks(item.children).map { $0.isEmpty ? $0 : pad + $0 }
                }
            }
            return lines
        }
    }

    func inlines(_ content: [MarkdownInline], inTable: Bool) -> String {
        content.map { inline($0, inTable: inTable) }.joined()
    }

    private func inline(_ inline: MarkdownInline, inTable: Bool) -> String {
        switch inline {
        case .text(let text):
            return escaped(text)
        case .code(let code):
            var code = String(code.map { $0.isNewline ? " " : $0 })
            if inTable { code = code.replacingAll("|", with: "\\|") }
            let fence = String(repeating: "`", count: longestRun(of: "`", in: code) + 1)
            let padded = code.hasPrefix("`") || code.hasSuffix("`") ? " \(code) " : code
            return fence + padded + fence
        case .strong(let content):
            return "**" + inlines(content, inTable: inTable) + "**"
        case .emphasis(let content):
            return "*" + inlines(content, inTable: inTable) + "*"
        case .link(let content, let url):
            let target = url.contains { " ()<>".contains($0) } ? "<" + url.replacingAll("<", with: "%3C").replacingAll(">", with: "%3E") + ">" : url
            return "[" + inlines(content, inTable: inTable) + "](" + target + ")"
        }
    }

    /// Characters that would start markup anywhere in a line.
    static let inlineMetacharacters: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&"]

    private func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isNewline {
                out.append(" ")
            } else {
                if Self.inlineMetacharacters.contains(character) { out.append("\\") }
                out.append(character)
            }
        }
        return out
    }

    /// Escapes what would turn a paragraph line into a list item, thematic break or setext
    /// underline: a leading `-`, `+`, `=`, or `1.` / `1)`.
    private func lineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }

    private func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0, current = 0
        for c in text {
            current = c == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}

fileprivate extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
