/// Renders PowerShell: four-space indentation, OTBS braces (`} else {`), single-quoted strings
/// unless parts need expansion. A command whose line would exceed `maxLineLength` is broken with
/// backtick continuations, one argument per line indented four spaces, each backtick the last
/// character of its line; a long pipeline breaks after `|` first. A command argument that is
/// itself too long goes inside `(` `)` on lines of its own, broken the same way.
public struct PowerShellWriter: Hashable, Sendable {
    public var maxLineLength: Int

    public init(maxLineLength: Int = 100) {
        self.maxLineLength = maxLineLength
    }

    /// A whole script, ending with one newline.
    public func render(_ script: PSScript) -> String {
        var lines: [String] = []
        if !script.requiredModules.isEmpty {
            lines += statementLines(.requiresModules(script.requiredModules), indent: 0)
            lines.append("")
        }
        let helped = script.parameters.filter { $0.help != nil }
        if script.synopsis != nil || script.description != nil || !helped.isEmpty || !script.examples.isEmpty {
            lines.append("<#")
            func section(_ title: String, _ text: String) {
                lines.append(title)
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let safe = line.replacing("#>", with: "# >")
                    lines.append(safe.isEmpty ? "" : "    " + safe)
                }
            }
            if let synopsis = script.synopsis { section(".SYNOPSIS", synopsis) }
            if let description = script.description { section(".DESCRIPTION", description) }
            for parameter in helped { section(".PARAMETER " + parameter.name, parameter.help ?? "") }
            for example in script.examples { section(".EXAMPLE", example) }
            lines.append("#>")
        }
        if script.cmdletBinding {
            lines.append(script.supportsShouldProcess ? "[CmdletBinding(SupportsShouldProcess)]" : "[CmdletBinding()]")
        }
        if script.cmdletBinding || !script.parameters.isEmpty {
            if script.parameters.isEmpty {
                lines.append("param()")
            } else {
                lines.append("param(")
                for (i, parameter) in script.parameters.enumerated() {
                    var block = parameterLines(parameter)
                    if i < script.parameters.count - 1 {
                        block[block.count - 1] += ","
                        block.append("")
                    }
                    lines += block
                }
                lines.append(")")
            }
        }
        if !script.body.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines += script.body.flatMap { statementLines($0, indent: 0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Statements at the top level, ending with one newline.
    public func render(_ statements: [PSStatement]) -> String {
        statements.flatMap { statementLines($0, indent: 0) }.joined(separator: "\n") + "\n"
    }

    private func parameterLines(_ p: PSParameter) -> [String] {
        var out: [String] = []
        if p.mandatory { out.append("    [Parameter(Mandatory)]") }
        if !p.validateSet.isEmpty {
            out.append("    [ValidateSet(" + p.validateSet.map(singleQuoted).joined(separator: ", ") + ")]")
        }
        var line = "    " + (p.type.map { "[" + $0 + "]" } ?? "") + variable(p.name)
        if let value = p.defaultValue { line += " = " + expression(value, indent: 4) }
        out.append(line)
        return out
    }

    // MARK: statements

    private func statementLines(_ statement: PSStatement, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch statement {
        case .comment(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? pad + "#" : pad + "# " + $0 }
        case .blank:
            return [""]
        case .requiresModules(let modules):
            return [pad + "#Requires -Modules " + modules.joined(separator: ", ")]
        case .assign(let target, let value):
            return valueLines(value, indent: indent, lead: expression(target, indent: indent) + " = ")
        case .expression(let value):
            return valueLines(value, indent: indent, lead: "")
        case .if(let branches, let elseBody):
            var out: [String] = []
            for (i, branch) in branches.enumerated() {
                let head = (i == 0 ? pad + "if (" : pad + "} elseif (")
                out.append(head + bare(branch.condition, indent: indent) + ") {")
                out += block(branch.body, indent: indent)
            }
            if let elseBody {
                out.append(pad + "} else {")
                out += block(elseBody, indent: indent)
            }
            out.append(pad + "}")
            return out
        case .foreach(let name, let collection, let body):
            return [pad + "foreach (" + variable(name) + " in " + bare(collection, indent: indent) + ") {"]
                + block(body, indent: indent) + [pad + "}"]
        case .try(let body, let catchBody, let finallyBody):
            var out = [pad + "try {"] + block(body, indent: indent)
            if !catchBody.isEmpty || finallyBody.isEmpty {
                out.append(pad + "} catch {")
                out += block(catchBody, indent: indent)
            }
            if !finallyBody.isEmpty {
                out.append(pad + "} finally {")
                out += block(finallyBody, indent: indent)
            }
            return out + [pad + "}"]
        case .throw(let value):
            return [pad + "throw " + expression(value, indent: indent)]
        case .return(let value):
            return [pad + "return" + (value.map { " " + bare($0, indent: indent) } ?? "")]
        case .break:
            return [pad + "break"]
        }
    }

    private func block(_ statements: [PSStatement], indent: Int) -> [String] {
        statements.flatMap { statementLines($0, indent: indent + 4) }
    }

    /// A value on its own line after `lead`; commands and pipelines may break.
    private func valueLines(_ value: PSExpression, indent: Int, lead: String) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let elements: [PSExpression]
        switch value {
        case .command: elements = [value]
        case .pipeline(let items): elements = items
        default: return [pad + lead + expression(value, indent: indent)]
        }
        let oneLine = pad + lead + elements.map { bare($0, indent: indent) }.joined(separator: " | ")
        if fits(oneLine) { return [oneLine] }
        var out: [String] = []
        for (i, element) in elements.enumerated() {
            let segmentIndent = i == 0 ? indent : indent + 4
            var segment: [String]
            if case .command(let command) = element {
                segment = commandLines(command, indent: segmentIndent, lead: i == 0 ? lead : "")
            } else {
                segment = [String(repeating: " ", count: segmentIndent) + (i == 0 ? lead : "")
                    + expression(element, indent: segmentIndent)]
            }
            if i < elements.count - 1 { segment[segment.count - 1] += " |" }
            out += segment
        }
        return out
    }

    private func commandLines(_ command: PSCommand, indent: Int, lead: String) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let oneLine = pad + lead + commandText(command, indent: indent)
        if fits(oneLine) || command.arguments.isEmpty { return [oneLine] }
        var out = [pad + lead + command.name + " `"]
        let argumentPad = pad + "    "
        for (i, argument) in command.arguments.enumerated() {
            var text = argumentPad + self.argument(argument, indent: indent + 4)
            if !fits(text), case .named(let name, .command(let inner)) = argument, !inner.arguments.isEmpty {
                text = argumentPad + "-" + name + " (\n"
                    + commandLines(inner, indent: indent + 8, lead: "").joined(separator: "\n") + "\n" + argumentPad + ")"
            }
            out.append(i < command.arguments.count - 1 ? text + " `" : text)
        }
        return out
    }

    /// Whether no line of `text` is longer than `maxLineLength` characters. A line's UTF-8 byte
    /// count bounds its character count, so only long lines need counting characters.
    private func fits(_ text: String) -> Bool {
        if text.utf8.count <= maxLineLength { return true }
        return !text.split(separator: "\n").contains { $0.utf8.count > maxLineLength && $0.count > maxLineLength }
    }

    // MARK: expressions

    private func commandText(_ command: PSCommand, indent: Int) -> String {
        ([command.name] + command.arguments.map { argument($0, indent: indent) }).joined(separator: " ")
    }

    private func argument(_ argument: PSArgument, indent: Int) -> String {
        switch argument {
        case .named(let name, let value): return "-" + name + " " + argumentValue(value, indent: indent)
        case .switch(let name): return "-" + name
        case .switchValue(let name, let on): return "-" + name + (on ? ":$true" : ":$false")
        case .positional(let value): return argumentValue(value, indent: indent)
        case .splat(let name): return "@" + name
        }
    }

    /// Argument mode reads `[int]$x`, `-not $x` and `$a + $b` differently: those get parentheses.
    private func argumentValue(_ value: PSExpression, indent: Int) -> String {
        switch value {
        case .binary, .not: return "(" + bare(value, indent: indent) + ")"
        default:
            let text = expression(value, indent: indent)
            return text.hasPrefix("[") || text.hasPrefix("-") ? "(" + text + ")" : text
        }
    }

    /// Commands and pipelines without the parentheses `expression` adds.
    private func bare(_ value: PSExpression, indent: Int) -> String {
        switch value {
        case .command(let command): return commandText(command, indent: indent)
        case .pipeline(let items): return items.map { bare($0, indent: indent) }.joined(separator: " | ")
        default: return expression(value, indent: indent)
        }
    }

    func expression(_ value: PSExpression, indent: Int) -> String {
        switch value {
        case .string(let text): return singleQuoted(text)
        case .expandable(let parts): return expandable(parts, indent: indent)
        case .variable(let name): return variable(name)
        case .bareword(let word): return isBareword(word) ? word : singleQuoted(word)
        case .int(let number): return String(number)
        case .double(let number):
            if number.isNaN { return "[double]::NaN" }
            if number.isInfinite { return number > 0 ? "[double]::PositiveInfinity" : "[double]::NegativeInfinity" }
            return String(number)
        case .bool(let flag): return flag ? "$true" : "$false"
        case .null: return "$null"
        case .member(let target, let name):
            return postfix(target, indent: indent) + "." + (isIdentifier(name) ? name : singleQuoted(name))
        case .staticMember(let type, let name): return "[" + type + "]::" + name
        case .index(let target, let index):
            return postfix(target, indent: indent) + "[" + expression(index, indent: indent) + "]"
        case .call(let callee, let arguments):
            return postfix(callee, indent: indent) + "("
                + arguments.map { expression($0, indent: indent) }.joined(separator: ", ") + ")"
        case .array(let items):
            return "@(" + items.map { expression($0, indent: indent) }.joined(separator: ", ") + ")"
        case .arrayBlock(let items):
            if items.isEmpty { return "@()" }
            return "@(\n" + block(items.map { .expression($0) }, indent: indent).joined(separator: "\n") + "\n"
                + String(repeating: " ", count: indent) + ")"
        case .hashtable(let entries): return hashtable(entries, indent: indent)
        case .type(let name): return "[" + name + "]"
        case .cast(let type, let operand): return "[" + type + "]" + postfix(operand, indent: indent)
        case .scriptBlock(let statements):
            if statements.isEmpty { return "{}" }
            if statements.count == 1, case .expression(let inner) = statements[0] {
                let text = bare(inner, indent: indent)
                if !text.contains("\n") && text.count <= 60 { return "{ " + text + " }" }
            }
            return "{\n" + block(statements, indent: indent).joined(separator: "\n") + "\n"
                + String(repeating: " ", count: indent) + "}"
        case .paren(let inner): return "(" + bare(inner, indent: indent) + ")"
        case .subexpression(let statements):
            if statements.count == 1, case .expression(let inner) = statements[0] {
                return "$(" + bare(inner, indent: indent) + ")"
            }
            return "$(\n" + block(statements, indent: indent).joined(separator: "\n") + "\n"
                + String(repeating: " ", count: indent) + ")"
        case .binary(let left, let op, let right):
            return operand(left, indent: indent) + " " + op + " " + operand(right, indent: indent)
        case .not(let inner): return "-not " + operand(inner, indent: indent)
        case .command, .pipeline: return "(" + bare(value, indent: indent) + ")"
        }
    }

    /// Operands of a binary operator: nested operators are parenthesized, never left to precedence.
    private func operand(_ value: PSExpression, indent: Int) -> String {
        switch value {
        case .binary, .not: return "(" + expression(value, indent: indent) + ")"
        default: return expression(value, indent: indent)
        }
    }

    /// Targets of `.member`, `[index]` and calls.
    private func postfix(_ value: PSExpression, indent: Int) -> String {
        switch value {
        case .variable, .member, .staticMember, .index, .call, .paren, .subexpression, .string,
            .expandable, .array, .arrayBlock, .hashtable, .type, .command, .pipeline:
            return expression(value, indent: indent)
        default:
            return "(" + bare(value, indent: indent) + ")"
        }
    }

    private func hashtable(_ entries: [PSHashEntry], indent: Int) -> String {
        if entries.isEmpty { return "@{}" }
        func key(_ k: String) -> String { isIdentifier(k) ? k : singleQuoted(k) }
        if entries.count == 1 {
            let text = "@{ " + key(entries[0].key) + " = " + bare(entries[0].value, indent: indent) + " }"
            if !text.contains("\n") && text.count <= 60 { return text }
        }
        let inner = String(repeating: " ", count: indent + 4)
        return "@{\n" + entries.map { inner + key($0.key) + " = " + bare($0.value, indent: indent + 4) }
            .joined(separator: "\n") + "\n" + String(repeating: " ", count: indent) + "}"
    }

    private func expandable(_ parts: [PSStringPart], indent: Int) -> String {
        var out = "\""
        for (i, part) in parts.enumerated() {
            switch part {
            case .text(let text):
                for ch in text {
                    switch ch {
                    case "`", "\"", "$", "\u{201C}", "\u{201D}", "\u{201E}": out += "`" + String(ch)
                    case "\n": out += "`n"
                    case "\r": out += "`r"
                    case "\t": out += "`t"
                    case "\0": out += "`0"
                    default: out.append(ch)
                    }
                }
            case .variable(let name):
                var next: Character? = nil
                if i + 1 < parts.count, case .text(let text) = parts[i + 1] { next = text.first }
                if let next, next.isLetter || next.isNumber || next == "_" || next == ":" || next == "?" {
                    out += "${" + bracedName(name) + "}"
                } else {
                    out += variable(name)
                }
            case .subexpression(let value):
                out += "$(" + bare(value, indent: indent) + ")"
            }
        }
        return out + "\""
    }

    private func variable(_ name: String) -> String {
        var rest = Substring(name)
        if let colon = rest.firstIndex(of: ":"), rest[..<colon].allSatisfy({ $0.isASCII && $0.isLetter }),
            colon != rest.startIndex
        {
            rest = rest[rest.index(after: colon)...]
        }
        let simple = !rest.isEmpty && rest.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return simple ? "$" + name : "${" + bracedName(name) + "}"
    }

    private func bracedName(_ name: String) -> String {
        var out = ""
        for ch in name {
            if ch == "}" || ch == "`" || ch == "{" { out.append("`") }
            out.append(ch)
        }
        return out
    }

    func singleQuoted(_ text: String) -> String {
        var out = "'"
        for ch in text {
            out.append(ch)
            if ch == "'" || ch == "\u{2018}" || ch == "\u{2019}" || ch == "\u{201A}" || ch == "\u{201B}" {
                out.append(ch)
            }
        }
        return out + "'"
    }

    private func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    private func isBareword(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
    }
}
