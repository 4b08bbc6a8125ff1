/// The value of a policy attribute or text node: literal text that may reference named values
/// (`{{tenant-id}}`), or a policy expression (`@(...)`, `@{ ... }`) that APIM evaluates.
/// Writers escape literal text and keep expressions verbatim, so the distinction is typed.
///
/// A string literal is read the way APIM reads attribute text: one that starts with `@(` or
/// `@{` is an expression; `{{name}}` inside literal text is a named-value reference.
public enum PolicyValue: Codable, Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByStringInterpolation, CustomStringConvertible {
    case text([TextPart])
    /// The whole expression as APIM reads it, `@(` … `)` or `@{` … `}` included.
    case expression(String)

    /// A run of literal text or a named-value reference inside literal text.
    public enum TextPart: Codable, Hashable, Sendable {
        case literal(String)
        case namedValue(String)
    }

    /// Reads `source` as APIM does: an expression when it starts with `@(` or `@{`, otherwise
    /// literal text with `{{name}}` references split out.
    public init(parsing source: String) {
        if source.hasPrefix("@(") || source.hasPrefix("@{") {
            self = .expression(source)
            return
        }
        var parts: [TextPart] = []
        var rest = Substring(source)
        while let open = rest.firstRange(of: "{{"), let close = rest[open.upperBound...].firstRange(of: "}}") {
            let name = rest[open.upperBound..<close.lowerBound]
            guard !name.isEmpty, !name.contains("{"), !name.contains("}") else {
                parts.append(.literal(String(rest[..<open.upperBound])))
                rest = rest[open.upperBound...]
                continue
            }
            if open.lowerBound > rest.startIndex { parts.append(.literal(String(rest[..<open.lowerBound]))) }
            parts.append(.namedValue(String(name)))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty || parts.isEmpty { parts.append(.literal(String(rest))) }
        self = .text(Self.merged(parts))
    }

    public init(stringLiteral value: String) { self.init(parsing: value) }
    public init(integerLiteral value: Int) { self = .text([.literal(String(value))]) }
    public init(_ value: Int) { self = .text([.literal(String(value))]) }
    public init(_ value: Bool) { self = .text([.literal(value ? "true" : "false")]) }

    /// A reference to a named value: `{{name}}`.
    public static func namedValue(_ name: String) -> PolicyValue { .text([.namedValue(name)]) }

    /// Text as written in a policy document, before XML escaping: `{{name}}` for references.
    public var description: String {
        switch self {
        case .expression(let code): code
        case .text(let parts): parts.map { part in
            switch part {
            case .literal(let text): text
            case .namedValue(let name): "{{" + name + "}}"
            }
        }.joined()
        }
    }

    /// Named values this value references, in order.
    public var namedValueReferences: [String] {
        guard case .text(let parts) = self else { return [] }
        return parts.compactMap { if case .namedValue(let name) = $0 { name } else { nil } }
    }

    private static func merged(_ parts: [TextPart]) -> [TextPart] {
        var out: [TextPart] = []
        for part in parts {
            if case .literal(let next) = part, case .literal(let previous)? = out.last {
                out[out.count - 1] = .literal(previous + next)
            } else {
                out.append(part)
            }
        }
        return out
    }

    /// `"https://login.microsoftonline.com/\(named: "tenant-id")/v2.0"` builds a typed reference.
    public struct StringInterpolation: StringInterpolationProtocol {
        var source = ""

        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) {
            source += literal
        }
        public mutating func appendInterpolation(named name: String) {
            source += "{{" + name + "}}"
        }
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            source += value.description
        }
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(parsing: stringInterpolation.source)
    }
}
