/// A small XML reader for policy documents: checks that raw policy XML is well-formed and
/// turns it into `PolicyElement`s. It reads policy expressions the way APIM does, so an
/// attribute or text starting with `@(` or `@{` may hold raw `<`, `&` and `"` up to its
/// balancing bracket. Comments are skipped; entity and character references are decoded.
public struct PolicyXMLParser {
    /// Why the text is not well-formed, with the line and column inside the text (from 1).
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var line: Int
        public var column: Int

        public var description: String { "line \(line), column \(column): \(message)" }
    }

    private let text: [Character]
    private var index = 0
    private let location: SourceLocation?

    private init(_ source: String, location: SourceLocation?) {
        self.text = Array(source)
        self.location = location
    }

    /// Any number of elements (statements), with whitespace and comments between them.
    public static func parseFragment(_ source: String, location: SourceLocation? = nil) throws(Problem) -> [PolicyElement] {
        var parser = PolicyXMLParser(source, location: location)
        var elements: [PolicyElement] = []
        while true {
            parser.skipMisc()
            if parser.atEnd { return elements }
            guard parser.peek("<") else { throw parser.problem("expected an element, found text outside any element") }
            elements.append(try parser.element())
        }
    }

    /// Exactly one root element.
    public static func parseDocument(_ source: String) throws(Problem) -> PolicyElement {
        let elements = try parseFragment(source)
        guard elements.count == 1 else {
            throw Problem(message: "a document has exactly one root element (found \(elements.count))", line: 1, column: 1)
        }
        return elements[0]
    }

    private var atEnd: Bool { index >= text.count }

    private func peek(_ literal: String) -> Bool {
        var i = index
        for ch in literal {
            guard i < text.count, text[i] == ch else { return false }
            i += 1
        }
        return true
    }

    private func problem(_ message: String) -> Problem {
        var line = 1, column = 1
        for ch in text[..<min(index, text.count)] {
            if ch == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return Problem(message: message, line: line, column: column)
    }

    private mutating func expect(_ literal: String) throws(Problem) {
        guard peek(literal) else { throw problem("expected '\(literal)'") }
        index += literal.count
    }

    private mutating func skipWhitespace() {
        while !atEnd, text[index].isWhitespace { index += 1 }
    }

    /// Whitespace and comments.
    private mutating func skipMisc() {
        while true {
            skipWhitespace()
            guard peek("<!--") else { return }
            guard let end = find("-->", from: index + 4) else { index = text.count; return }
            index = end + 3
        }
    }

    private func find(_ literal: String, from start: Int) -> Int? {
        let needle = Array(literal)
        var i = start
        while i + needle.count <= text.count {
            if Array(text[i..<i + needle.count]) == needle { return i }
            i += 1
        }
        return nil
    }

    private static func isNameStart(_ ch: Character) -> Bool { ch.isLetter || ch == "_" || ch == ":" }
    private static func isNameCharacter(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ch == "_" || ch == ":" || ch == "-" || ch == "." }

    private mutating func name() throws(Problem) -> String {
        guard !atEnd, Self.isNameStart(text[index]) else { throw problem("expected a name") }
        let start = index
        while !atEnd, Self.isNameCharacter(text[index]) { index += 1 }
        return String(text[start..<index])
    }

    private mutating func element() throws(Problem) -> PolicyElement {
        try expect("<")
        let tag = try name()
        var attributes: [PolicyAttribute] = []
        while true {
            let hadSpace = !atEnd && text[index].isWhitespace
            skipWhitespace()
            if peek("/>") {
                index += 2
                return PolicyElement(tag, attributes: attributes, location: location)
            }
            if peek(">") {
                index += 1
                break
            }
            guard hadSpace else { throw problem("expected whitespace, '>' or '/>' in <\(tag)>") }
            let attributeName = try name()
            if attributes.contains(where: { $0.name == attributeName }) { throw problem("attribute '\(attributeName)' is given twice in <\(tag)>") }
            skipWhitespace()
            try expect("=")
            skipWhitespace()
            attributes.append(PolicyAttribute(attributeName, try attributeValue()))
        }
        var children: [PolicyNode] = []
        while true {
            if atEnd { throw problem("<\(tag)> is not closed") }
            if peek("</") {
                let closingStart = index
                index += 2
                let closing = try name()
                guard closing == tag else {
                    index = closingStart
                    throw problem("</\(closing)> closes <\(tag)>")
                }
                skipWhitespace()
                try expect(">")
                return PolicyElement(tag, attributes: attributes, children: children, location: location)
            }
            if peek("<!--") {
                guard let end = find("-->", from: index + 4) else { throw problem("comment is not closed") }
                index = end + 3
            } else if peek("<![CDATA[") {
                guard let end = find("]]>", from: index + 9) else { throw problem("CDATA section is not closed") }
                children.append(.text(.text([.literal(String(text[(index + 9)..<end]))])))
                index = end + 3
            } else if peek("<") {
                children.append(.element(try element()))
            } else if let value = try textContent() {
                children.append(.text(value))
            }
        }
    }

    private mutating func attributeValue() throws(Problem) -> PolicyValue {
        guard !atEnd, text[index] == "\"" || text[index] == "'" else { throw problem("expected a quoted attribute value") }
        let quote = text[index]
        index += 1
        if peek("@(") || peek("@{") {
            let code = try expression()
            guard !atEnd, text[index] == quote else { throw problem("expected \(quote) after the policy expression") }
            index += 1
            return .expression(code)
        }
        var raw = ""
        while true {
            guard !atEnd else { throw problem("attribute value is not closed") }
            let ch = text[index]
            if ch == quote { index += 1; break }
            if ch == "<" { throw problem("'<' must be written &lt; in an attribute value") }
            if ch == "&" { raw += try reference(); continue }
            raw.append(ch)
            index += 1
        }
        return PolicyValue(parsing: raw)
    }

    /// Text up to the next tag; nil when it is only whitespace.
    private mutating func textContent() throws(Problem) -> PolicyValue? {
        let start = index
        skipWhitespace()
        if peek("@(") || peek("@{") {
            let code = try expression()
            skipWhitespace()
            guard peek("<") else { throw problem("text after a policy expression") }
            return .expression(code)
        }
        index = start
        var raw = ""
        while !atEnd, text[index] != "<" {
            if text[index] == "&" { raw += try reference(); continue }
            raw.append(text[index])
            index += 1
        }
        let trimmed = raw.trimmingWhitespace()
        return trimmed.isEmpty ? nil : PolicyValue(parsing: trimmed)
    }

    /// `@( … )` or `@{ … }` up to the balancing bracket, skipping C# string and character
    /// literals (verbatim `@"…"` and interpolated `$"…"` strings included).
    private mutating func expression() throws(Problem) -> String {
        let start = index
        index += 1
        var depth = 0
        while !atEnd {
            let ch = text[index]
            switch ch {
            case "(", "{", "[": depth += 1
            case ")", "}", "]":
                depth -= 1
                if depth == 0 {
                    index += 1
                    return String(text[start..<index])
                }
            case "\"":
                let verbatim = index > 0 && text[index - 1] == "@"
                index += 1
                while !atEnd, text[index] != "\"" || (verbatim && peek("\"\"")) {
                    if verbatim && peek("\"\"") { index += 2; continue }
                    if !verbatim && text[index] == "\\" { index += 1 }
                    index += 1
                }
            case "'":
                index += 1
                while !atEnd, text[index] != "'" {
                    if text[index] == "\\" { index += 1 }
                    index += 1
                }
            default: break
            }
            index += 1
        }
        index = start
        throw problem("the policy expression is not closed")
    }

    private mutating func reference() throws(Problem) -> String {
        guard let end = find(";", from: index), end - index <= 10 else { throw problem("'&' must be written &amp;") }
        let entity = String(text[(index + 1)..<end])
        let decoded: String
        switch entity {
        case "amp": decoded = "&"
        case "lt": decoded = "<"
        case "gt": decoded = ">"
        case "quot": decoded = "\""
        case "apos": decoded = "'"
        default:
            let scalar: UInt32?
            if entity.hasPrefix("#x") { scalar = UInt32(entity.dropFirst(2), radix: 16) }
            else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()) }
            else { throw problem("unknown entity &\(entity);") }
            guard let value = scalar.flatMap(Unicode.Scalar.init) else { throw problem("invalid character reference &\(entity);") }
            decoded = String(Character(value))
        }
        index = end + 1
        return decoded
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let start = drop { $0.isWhitespace }
        return String(start.dropLast(start.reversed().prefix { $0.isWhitespace }.count))
    }
}
