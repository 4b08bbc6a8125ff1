/// Renders an HCL syntax tree byte-for-byte as `terraform fmt` (hclwrite) formats it:
/// two-space indentation, `=` aligned across consecutive one-line attributes, no trailing
/// whitespace, one final newline.
///
/// Alignment follows hclwrite's rule: consecutive *lines* holding an assignment whose value
/// does not leave a bracket open form one group. Blank lines, comments, block headers and
/// closing brackets end a group; a heredoc value (its body counts as part of its line) does
/// not. Lines inside a multi-line object form groups of their own.
public enum HCLWriter {
    /// Longest one-line rendering of a list or call before it is broken one element per line.
    static let inlineLimit = 80

    public static func render(_ file: HCLFile) -> String {
        var items: [HCLBodyItem] = []
        for item in file.items {
            if let previous = items.last, separatesAtTopLevel(previous, item) {
                items.append(.blankLine)
            }
            items.append(item)
        }
        var lines: [Line] = []
        appendBody(items, indent: 0, to: &lines)
        return layout(lines)
    }

    private static func separatesAtTopLevel(_ previous: HCLBodyItem, _ next: HCLBodyItem) -> Bool {
        switch (previous, next) {
        case (.block, _): return true
        case (.comment, .block), (.directive, .block): return false
        case (_, .block): return true
        default: return false
        }
    }

    // MARK: Lines

    /// One logical line (a heredoc body belongs to the line that opens it). A `key` marks an
    /// assignment taking part in `=` alignment; `text` is then what follows `= `.
    struct Line {
        var indent: Int
        var key: String?
        var text: String
    }

    /// Pads each alignment group's keys to the widest, counted in grapheme clusters as hclwrite does.
    private static func layout(_ lines: [Line]) -> String {
        var out = ""
        var index = 0
        while index < lines.count {
            var end = index
            var width = 0
            while end < lines.count, let key = lines[end].key {
                width = max(width, key.count)
                end += 1
            }
            if end == index {
                let line = lines[index]
                if !line.text.isEmpty { out += spaces(line.indent * 2) + line.text }
                out += "\n"
                index += 1
                continue
            }
            for line in lines[index..<end] {
                let key = line.key!
                out += spaces(line.indent * 2) + key + spaces(width - key.count + 1) + "= " + line.text + "\n"
            }
            index = end
        }
        return out
    }

    private static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: count)
    }

    // MARK: Bodies

    private static func appendBody(_ items: [HCLBodyItem], indent: Int, to lines: inout [Line]) {
        var pendingBlank = false
        var emitted = false
        for item in items {
            if case .blankLine = item {
                pendingBlank = emitted
                continue
            }
            if pendingBlank { lines.append(Line(indent: 0, key: nil, text: "")) }
            pendingBlank = false
            emitted = true
            switch item {
            case .attribute(let name, let value):
                appendAssignment(key: name.name, value: value, indent: indent, to: &lines)
            case .block(let block):
                appendBlock(block, indent: indent, to: &lines)
            case .comment(let text):
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let trimmed = trimmingTrailingWhitespace(line)
                    lines.append(Line(indent: indent, key: nil, text: trimmed.isEmpty ? "#" : "# " + trimmed))
                }
            case .directive(let text):
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    lines.append(Line(indent: indent, key: nil, text: "#" + trimmingTrailingWhitespace(line)))
                }
            case .blankLine:
                break
            }
        }
    }

    private static func appendBlock(_ block: HCLBlock, indent: Int, to lines: inout [Line]) {
        var header = block.type.name
        for label in block.labels { header += " \"" + escape(label) + "\"" }
        var body: [Line] = []
        appendBody(block.body, indent: indent + 1, to: &body)
        if body.isEmpty {
            lines.append(Line(indent: indent, key: nil, text: header + " {}"))
        } else {
            lines.append(Line(indent: indent, key: nil, text: header + " {"))
            lines += body
            lines.append(Line(indent: indent, key: nil, text: "}"))
        }
    }

    private static func appendAssignment(key: String, value: HCLExpression, indent: Int, to lines: inout [Line]) {
        let fragment = render(value, indent: indent)
        if fragment.opens {
            lines.append(Line(indent: indent, key: nil, text: key + " = " + fragment.head))
        } else {
            lines.append(Line(indent: indent, key: key, text: fragment.head))
        }
        lines += fragment.tail
    }

    private static func trimmingTrailingWhitespace(_ text: Substring) -> String {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " || text[text.index(before: end)] == "\t" {
            end = text.index(before: end)
        }
        return String(text[..<end])
    }

    // MARK: Expressions

    /// A rendered expression: `head` continues the line it starts on, `tail` holds the
    /// following logical lines with absolute indentation.
    struct Fragment {
        var head: String
        var tail: [Line] = []
        /// The last logical line ends with a heredoc marker: nothing may follow on it.
        var closed = false
        /// `head` leaves a bracket open (the value continues on indented lines).
        var opens = false

        var isSingleLine: Bool { tail.isEmpty && !closed }

        mutating func append(_ text: String, indent: Int) {
            if closed {
                tail.append(Line(indent: indent, key: nil, text: text))
                closed = false
            } else if tail.isEmpty {
                head += text
            } else {
                tail[tail.count - 1].text += text
            }
        }
    }

    static func render(_ expression: HCLExpression, indent: Int) -> Fragment {
        switch expression {
        case .string(let text):
            return Fragment(head: "\"" + escape(text) + "\"")
        case .template(let parts):
            return renderTemplate(parts, indent: indent)
        case .number(let value):
            return Fragment(head: String(value))
        case .decimal(let value):
            return Fragment(head: value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
        case .bool(let value):
            return Fragment(head: value ? "true" : "false")
        case .null:
            return Fragment(head: "null")
        case .variable(let name):
            return Fragment(head: name.name)
        case .attribute(let base, let name):
            var fragment = renderOperand(base, indent: indent)
            fragment.append("." + name.name, indent: indent)
            return fragment
        case .index(let base, let key):
            var fragment = renderOperand(base, indent: indent)
            fragment.append("[" + singleLine(key, indent: indent) + "]", indent: indent)
            return fragment
        case .splat(let base):
            var fragment = renderOperand(base, indent: indent)
            fragment.append("[*]", indent: indent)
            return fragment
        case .call(let name, let arguments):
            return renderCall(name.name, arguments, indent: indent)
        case .list(let elements):
            return renderList(elements, indent: indent)
        case .object(let items):
            return renderObject(items, indent: indent)
        case .heredoc(let heredoc):
            return renderHeredoc(heredoc, indent: indent)
        case .conditional(let condition, let then, let otherwise):
            let thenFragment = render(then, indent: indent)
            var result = renderOperand(condition, indent: indent)
            result = join(result, "? ", thenFragment, indent: indent)
            result = join(result, ": ", render(otherwise, indent: indent), indent: indent)
            return thenFragment.closed ? parenthesized(result, indent: indent) : result
        case .binary(let op, let left, let right):
            let leftFragment = binaryOperand(left, parent: op, isRight: false, indent: indent)
            return join(leftFragment, op.rawValue + " ", binaryOperand(right, parent: op, isRight: true, indent: indent), indent: indent)
        case .forList(let element, let collection, let result):
            return Fragment(head: "[for \(element.name) in \(singleLine(collection, indent: indent)) : \(singleLine(result, indent: indent))]")
        }
    }

    /// An operand of a binary operator: parenthesized when it binds looser than the operator
    /// (or as loosely, on the right, since HCL's operators associate to the left).
    private static func binaryOperand(_ operand: HCLExpression, parent: HCLBinaryOperator, isRight: Bool, indent: Int) -> Fragment {
        let fragment = render(operand, indent: indent)
        switch operand {
        case .conditional:
            return parenthesized(fragment, indent: indent)
        case .binary(let op, _, _) where op.precedence < parent.precedence || (isRight && op.precedence == parent.precedence):
            return parenthesized(fragment, indent: indent)
        default:
            return fragment.closed ? parenthesized(fragment, indent: indent) : fragment
        }
    }

    /// Renders a traversal base or a condition, parenthesizing conditionals and heredocs.
    private static func renderOperand(_ expression: HCLExpression, indent: Int) -> Fragment {
        let fragment = render(expression, indent: indent)
        if case .conditional = expression { return parenthesized(fragment, indent: indent) }
        return fragment.closed ? parenthesized(fragment, indent: indent) : fragment
    }

    /// Outside brackets a newline ends the expression, so anything continuing after a heredoc
    /// must sit inside parentheses.
    private static func parenthesized(_ fragment: Fragment, indent: Int) -> Fragment {
        var result = fragment
        result.head = "(" + result.head
        result.append(")", indent: indent)
        result.opens = !result.tail.isEmpty
        return result
    }

    private static func singleLine(_ expression: HCLExpression, indent: Int) -> String {
        let fragment = render(expression, indent: indent)
        precondition(fragment.isSingleLine, "HCL expression must fit on one line here: \(expression)")
        return fragment.head
    }

    /// `left operator right`; after a heredoc the operator starts a new line, and a line that
    /// closes one bracket and opens another (`] : [`) keeps the inner indentation like hclfmt.
    private static func join(_ left: Fragment, _ separator: String, _ right: Fragment, indent: Int) -> Fragment {
        var result = left
        if left.closed {
            result.tail.append(Line(indent: indent, key: nil, text: separator + right.head))
        } else if left.tail.isEmpty {
            result.head += " " + separator + right.head
            result.opens = right.opens
        } else {
            result.tail[result.tail.count - 1].text += " " + separator + right.head
            if right.opens { result.tail[result.tail.count - 1].indent += 1 }
        }
        result.tail += right.tail
        result.closed = right.closed
        return result
    }

    private static func renderTemplate(_ parts: [HCLTemplatePart], indent: Int) -> Fragment {
        if parts.count == 1, case .interpolation(let expression) = parts[0] {
            if case .string = expression {} else { return render(expression, indent: indent) }
        }
        var text = "\""
        var literal = ""
        for part in parts {
            switch part {
            case .literal(let value), .interpolation(.string(let value)):
                // An interpolated string literal is part of the text: `"${"x"}y"` is `"xy"`.
                literal += value
            case .interpolation(let expression):
                // `$${` would read as an escaped `${`, so `$`s right before `${` are spelled `${"$"}`.
                let dollars = literal.reversed().prefix { $0 == "$" }.count
                text += escape(String(literal.dropLast(dollars)))
                if dollars > 0 { text += "${\"" + String(repeating: "$", count: dollars) + "\"}" }
                literal = ""
                text += "${" + singleLine(expression, indent: indent) + "}"
            }
        }
        return Fragment(head: text + escape(literal) + "\"")
    }

    private static func renderList(_ elements: [HCLExpression], indent: Int) -> Fragment {
        if elements.isEmpty { return Fragment(head: "[]") }
        let fragments = elements.map { render($0, indent: indent + 1) }
        if fragments.allSatisfy(\.isSingleLine) {
            let inline = "[" + fragments.map(\.head).joined(separator: ", ") + "]"
            if inline.count <= inlineLimit { return Fragment(head: inline) }
        }
        return Fragment(head: "[", tail: elementLines(fragments, indent: indent, closing: "]"), opens: true)
    }

    /// One element per line, each followed by a comma, then the closing bracket.
    private static func elementLines(_ fragments: [Fragment], indent: Int, closing: String) -> [Line] {
        var lines: [Line] = []
        for var fragment in fragments {
            fragment.append(",", indent: indent + 1)
            lines.append(Line(indent: indent + 1, key: nil, text: fragment.head))
            lines += fragment.tail
        }
        lines.append(Line(indent: indent, key: nil, text: closing))
        return lines
    }

    private static func renderCall(_ name: String, _ arguments: [HCLExpression], indent: Int) -> Fragment {
        guard let last = arguments.last else { return Fragment(head: name + "()") }
        let leading = arguments.dropLast().map { render($0, indent: indent + 1) }
        let final = render(last, indent: indent)
        if leading.allSatisfy(\.isSingleLine) {
            let prefix = name + "(" + leading.map { $0.head + ", " }.joined()
            if final.isSingleLine, prefix.count + final.head.count + 1 <= inlineLimit {
                return Fragment(head: prefix + final.head + ")")
            }
            if final.opens {
                // Hug a trailing multi-line list or object: `merge(local.tags, {` ... `})`.
                var fragment = final
                fragment.head = prefix + final.head
                fragment.append(")", indent: indent)
                return fragment
            }
        }
        let fragments = leading + [render(last, indent: indent + 1)]
        return Fragment(head: name + "(", tail: elementLines(fragments, indent: indent, closing: ")"), opens: true)
    }

    private static func renderObject(_ items: [HCLObjectItem], indent: Int) -> Fragment {
        if items.isEmpty { return Fragment(head: "{}") }
        var lines: [Line] = []
        for item in items {
            appendAssignment(key: objectKey(item.key), value: item.value, indent: indent + 1, to: &lines)
        }
        lines.append(Line(indent: indent, key: nil, text: "}"))
        return Fragment(head: "{", tail: lines, opens: true)
    }

    /// Bare for plain identifiers; quoted when the key has a `-` (conventional, reads less like
    /// subtraction) or could be read as a literal or a `for` expression.
    private static func objectKey(_ key: String) -> String {
        let reserved: Set<String> = ["true", "false", "null", "for", "in", "if"]
        if HCLIdentifier.isValid(key), !key.contains("-"), !reserved.contains(key) { return key }
        return "\"" + escape(key) + "\""
    }

    private static func renderHeredoc(_ heredoc: HCLHeredoc, indent: Int) -> Fragment {
        let marker = heredoc.marker.name
        var content = heredoc.content
        if content.hasSuffix("\n") { content.removeLast() }
        var text = (heredoc.indented ? "<<-" : "<<") + marker + "\n"
        if !content.isEmpty {
            for line in escapeTemplateSequences(content).split(separator: "\n", omittingEmptySubsequences: false) {
                precondition(line.drop { $0 == " " || $0 == "\t" } != Substring(marker), "heredoc content contains its marker \(marker)")
                if heredoc.indented, !line.isEmpty { text += spaces((indent + 1) * 2) }
                text += line + "\n"
            }
        }
        text += (heredoc.indented ? spaces(indent * 2) : "") + marker
        return Fragment(head: text, closed: true)
    }

    // MARK: Escaping

    /// Escapes text for a quoted string: `"` `\` and control characters, plus `${` / `%{`.
    static func escape(_ text: String) -> String {
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "{", let before = previous, before == "$" || before == "%" {
                out.unicodeScalars.append(before)
            }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            previous = scalar
        }
        return out
    }

    /// Escapes only the template sequences `${` and `%{` (heredoc content).
    static func escapeTemplateSequences(_ text: String) -> String {
        var out = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "{", let before = previous, before == "$" || before == "%" {
                out.unicodeScalars.append(before)
            }
            out.unicodeScalars.append(scalar)
            previous = scalar
        }
        return out
    }
}
