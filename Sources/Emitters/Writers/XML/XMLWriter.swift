/// Renders an `XMLTag` tree (APIM policy documents): no XML declaration, children indented two
/// spaces, empty elements self-closed as `<base />`, an element holding only text kept against
/// its tags (one line when the text is one line), multi-line text re-indented with its relative
/// indentation kept.
public struct XMLWriter: Hashable, Sendable {
    public init() {}

    /// The document, ending with one newline.
    public func render(_ root: XMLTag) -> String {
        var lines: [String] = []
        write(root, indent: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(_ tag: XMLTag, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        var open = "<" + tag.name
        for attribute in tag.attributes {
            open += " " + attribute.name + "=\"" + attributeText(attribute.value) + "\""
        }
        if tag.children.isEmpty {
            lines.append(pad + open + " />")
            return
        }
        if tag.children.count == 1, case .text(let value) = tag.children[0] {
            // Sole text stays against the tags (`<set-body>@{` ... `}</set-body>`): APIM reads an
            // expression only when the text starts with `@`.
            let raw = contentText(value)
            let text = reindented(raw)
            if !raw.contains("\n") || text.count < 2 {
                lines.append(pad + open + ">" + (raw.contains("\n") ? text.first ?? "" : raw) + "</" + tag.name + ">")
            } else {
                lines.append(pad + open + ">" + text[0])
                lines += text.dropFirst().map { $0.isEmpty ? "" : pad + $0 }
                lines[lines.count - 1] += "</" + tag.name + ">"
            }
            return
        }
        lines.append(pad + open + ">")
        let inner = String(repeating: " ", count: indent + 2)
        for child in tag.children {
            switch child {
            case .element(let element):
                write(element, indent: indent + 2, into: &lines)
            case .text(let value):
                lines += reindented(contentText(value)).map { $0.isEmpty ? "" : inner + $0 }
            case .comment(let text):
                var body = text
                while body.contains("--") { body = body.replacing("--", with: "- -") }
                if body.hasSuffix("-") { body += " " }
                lines += reindented("<!-- " + body + " -->").map { $0.isEmpty ? "" : inner + $0 }
            }
        }
        lines.append(pad + "</" + tag.name + ">")
    }

    /// Attribute values escape `&`, `<`, `"` and the whitespace XML would normalize away.
    private static let attributeEscapes: [Character: String] = [
        "&": "&amp;", "<": "&lt;", "\"": "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;",
    ]
    /// Text content escapes `&`, `<` and `>`.
    private static let contentEscapes: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;"]

    private func attributeText(_ value: XMLValue) -> String { escaped(value, Self.attributeEscapes) }

    private func contentText(_ value: XMLValue) -> String { escaped(value, Self.contentEscapes) }

    /// Literals escaped with `escapes`; policy expressions verbatim, as API Management reads them.
    private func escaped(_ value: XMLValue, _ escapes: [Character: String]) -> String {
        switch value {
        case .expression(let code): return code
        case .literal(let text):
            var out = ""
            for character in text {
                if let escape = escapes[character] { out += escape } else { out.append(character) }
            }
            return out
        }
    }

    /// Lines with surrounding blank lines dropped, the first line trimmed, the others moved left
    /// by their common indentation, and trailing whitespace removed.
    private func reindented(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var l = line
            while l.last == " " || l.last == "\t" || l.last == "\r" { l = l.dropLast() }
            return l
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard !lines.isEmpty else { return [] }
        let margin = lines.dropFirst().filter { !$0.isEmpty }
            .map { $0.prefix(while: { $0 == " " || $0 == "\t" }).count }.min() ?? 0
        var out = [String(lines[0].drop(while: { $0 == " " || $0 == "\t" }))]
        out += lines.dropFirst().map { $0.isEmpty ? "" : String($0.dropFirst(margin)) }
        return out
    }
}
