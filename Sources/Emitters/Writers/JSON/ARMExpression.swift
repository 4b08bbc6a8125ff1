/// An ARM template language expression, written into a JSON string as `[...]`.
///
/// The renderer owns quoting: string literals are single-quoted with `'` doubled, and a
/// literal JSON string that would read as an expression gets the `[[` escape.
public indirect enum ARMExpression: Hashable, Sendable {
    /// `'text'`, with `'` written as `''`.
    case string(String)
    case int(Int)
    /// `true()` or `false()`: ARM has no boolean keywords inside expressions.
    case bool(Bool)
    /// `name(arguments)`: `resourceGroup()`, `parameters('location')`, `resourceId(...)`.
    case call(String, [ARMExpression] = [])
    /// `base.name`.
    case property(ARMExpression, String)
    /// `base[index]`.
    case index(ARMExpression, ARMExpression)

    /// `self.name`.
    public func dot(_ name: String) -> ARMExpression { .property(self, name) }

    /// The expression inside its brackets, ready to be a JSON string value: `[resourceGroup().location]`.
    public var jsonString: String { "[" + text + "]" }

    /// The expression without the surrounding brackets.
    public var text: String {
        var out = ""
        write(into: &out)
        return out
    }

    /// A literal JSON string value: unchanged, except that a value ARM would read as an
    /// expression (starting with `[` and ending with `]`) starts with `[[` instead.
    public static func literalJSONString(_ text: String) -> String {
        text.hasPrefix("[") && text.hasSuffix("]") ? "[" + text : text
    }

    private func write(into out: inout String) {
        switch self {
        case .string(let text):
            out.append("'")
            for character in text {
                out.append(character == "'" ? "''" : String(character))
            }
            out.append("'")
        case .int(let value):
            out.append(String(value))
        case .bool(let value):
            out.append(value ? "true()" : "false()")
        case .call(let name, let arguments):
            out.append(name)
            out.append("(")
            for (offset, argument) in arguments.enumerated() {
                if offset > 0 { out.append(", ") }
                argument.write(into: &out)
            }
            out.append(")")
        case .property(let base, let name):
            base.write(into: &out)
            out.append(".")
            out.append(name)
        case .index(let base, let index):
            base.write(into: &out)
            out.append("[")
            index.write(into: &out)
            out.append("]")
        }
    }
}
