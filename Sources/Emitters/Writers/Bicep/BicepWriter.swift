/// Renders Bicep syntax trees with two-space indentation, in the layout Bicep's formatter uses.
public struct BicepWriter: Hashable, Sendable {
    public init() {}

    /// The whole file, ending with one newline.
    public func render(_ file: BicepFile) -> String {
        var out = ""
        var previous: BicepDeclaration?
        for declaration in file.declarations {
            if let previous {
                if case .comment = previous {} else { out.append("\n") }
            }
            write(declaration, into: &out)
            previous = declaration
        }
        return out
    }

    /// One expression at indentation level zero, without a trailing newline.
    public func render(_ expression: BicepExpression) -> String {
        var out = ""
        write(expression, indent: 0, into: &out)
        return out
    }

    private func write(_ declaration: BicepDeclaration, into out: inout String) {
        switch declaration {
        case .targetScope(let scope):
            out.append("targetScope = ")
            Self.writeString(scope.rawValue, into: &out)
        case .parameter(let parameter):
            write(parameter.decorators, into: &out)
            out.append("param \(parameter.name) \(parameter.type.rawValue)")
            if let value = parameter.defaultValue {
                out.append(" = ")
                write(value, indent: 0, into: &out)
            }
        case .variable(let variable):
            write(variable.decorators, into: &out)
            out.append("var \(variable.name) = ")
            write(variable.value, indent: 0, into: &out)
        case .resource(let resource):
            write(resource, into: &out)
        case .output(let output):
            write(output.decorators, into: &out)
            out.append("output \(output.name) \(output.type.rawValue) = ")
            write(output.value, indent: 0, into: &out)
        case .comment(let text):
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                out.append(line.isEmpty ? "//\n" : "// \(line)\n")
            }
            return
        case .using(let path):
            out.append("using ")
            Self.writeString(path, into: &out)
        case .parameterValue(let name, let value):
            out.append("param \(name) = ")
            write(value, indent: 0, into: &out)
        }
        out.append("\n")
    }

    private func write(_ decorators: [BicepDecorator], into out: inout String) {
        for decorator in decorators {
            out.append("@")
            write(decorator.call, indent: 0, into: &out)
            out.append("\n")
        }
    }

    private func write(_ resource: BicepResource, into out: inout String) {
        write(resource.decorators, into: &out)
        out.append("resource \(resource.symbol) ")
        Self.writeString("\(resource.type)@\(resource.apiVersion)", into: &out)
        out.append(resource.existing ? " existing = " : " = ")
        if let condition = resource.condition {
            out.append("if (")
            write(condition, indent: 0, into: &out)
            out.append(") ")
        }
        var body = BicepObject()
        if let parent = resource.parent { body.append("parent", .identifier(parent)) }
        body.properties += resource.body.properties
        if !resource.dependsOn.isEmpty { body.append("dependsOn", .array(resource.dependsOn.map(BicepExpression.identifier))) }
        write(.object(body), indent: 0, into: &out)
    }

    private func write(_ expression: BicepExpression, indent: Int, into out: inout String) {
        switch expression {
        case .string(let text):
            Self.writeString(text, into: &out)
        case .interpolated(let parts):
            writeInterpolated(parts, indent: indent, into: &out)
        case .int(let value):
            out.append(String(value))
        case .bool(let value):
            out.append(value ? "true" : "false")
        case .null:
            out.append("null")
        case .identifier(let name):
            out.append(name)
        case .property(let base, let name):
            writeOperand(base, indent: indent, into: &out)
            if Self.isIdentifier(name) {
                out.append(".\(name)")
            } else {
                out.append("[")
                Self.writeString(name, into: &out)
                out.append("]")
            }
        case .index(let base, let index):
            writeOperand(base, indent: indent, into: &out)
            out.append("[")
            write(index, indent: indent, into: &out)
            out.append("]")
        case .call(let namespace, let name, let arguments):
            if let namespace { out.append("\(namespace).") }
            out.append("\(name)(")
            for (offset, argument) in arguments.enumerated() {
                if offset > 0 { out.append(", ") }
                write(argument, indent: indent, into: &out)
            }
            out.append(")")
        case .array(let items):
            guard !items.isEmpty else { return out.append("[]") }
            out.append("[\n")
            for item in items {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                out.append("\n")
            }
            pad(indent, &out)
            out.append("]")
        case .object(let object):
            guard !object.isEmpty else { return out.append("{}") }
            out.append("{\n")
            for property in object.properties {
                pad(indent + 1, &out)
                if let computed = property.keyExpression {
                    write(computed, indent: indent + 1, into: &out)
                } else if Self.isIdentifier(property.key) {
                    out.append(property.key)
                } else {
                    Self.writeString(property.key, into: &out)
                }
                out.append(": ")
                write(property.value, indent: indent + 1, into: &out)
                out.append("\n")
            }
            pad(indent, &out)
            out.append("}")
        case .ternary(let condition, let whenTrue, let whenFalse):
            writeOperand(condition, indent: indent, into: &out)
            out.append(" ? ")
            writeOperand(whenTrue, indent: indent, into: &out)
            out.append(" : ")
            write(whenFalse, indent: indent, into: &out)
        }
    }

    /// Writes `expression`, in parentheses when it is a ternary.
    private func writeOperand(_ expression: BicepExpression, indent: Int, into out: inout String) {
        guard case .ternary = expression else { return write(expression, indent: indent, into: &out) }
        out.append("(")
        write(expression, indent: indent, into: &out)
        out.append(")")
    }

    private func writeInterpolated(_ parts: [BicepExpression.StringPart], indent: Int, into out: inout String) {
        out.append("'")
        var text = ""
        for part in parts {
            switch part {
            case .text(let piece):
                text += piece
            case .expression(let expression):
                Self.writeEscaped(text, into: &out)
                text = ""
                out.append("${")
                write(expression, indent: indent, into: &out)
                out.append("}")
            }
        }
        Self.writeEscaped(text, into: &out)
        out.append("'")
    }

    private func pad(_ level: Int, _ out: inout String) {
        out.append(String(repeating: "  ", count: level))
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`.
    static func isIdentifier(_ name: String) -> Bool {
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        guard let first = name.unicodeScalars.first, isLetter(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
    }

    static func writeString(_ text: String, into out: inout String) {
        out.append("'")
        writeEscaped(text, into: &out)
        out.append("'")
    }

    /// Escapes string-literal text; `$` only when it would start an interpolation.
    static func writeEscaped(_ text: String, into out: inout String) {
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            switch scalar {
            case "'": out.append("\\'")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "$" where next == "{": out.append("\\$")
            case "\u{00}"..."\u{1F}": out.append("\\u{\(String(scalar.value, radix: 16, uppercase: true))}")
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
