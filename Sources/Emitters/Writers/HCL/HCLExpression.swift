/// An HCL expression. `HCLWriter` decides quoting, escaping and single- vs multi-line layout.
public indirect enum HCLExpression: Hashable, Sendable {
    /// A quoted string; the writer escapes quotes, backslashes, control characters, `${` and `%{`.
    case string(String)
    /// A quoted template such as `"${var.prefix}-apim"`. A template that is a single
    /// interpolation renders as the bare expression, as `terraform fmt` does.
    case template([HCLTemplatePart])
    case number(Int)
    /// A number with a fraction (`12.5`); whole values render without one (`25`).
    case decimal(Double)
    case bool(Bool)
    case null
    /// The root of a traversal: `var`, `local`, `azurerm_subnet`, ...
    case variable(HCLIdentifier)
    /// `base.name`
    case attribute(HCLExpression, HCLIdentifier)
    /// `base[key]`
    case index(HCLExpression, HCLExpression)
    /// `base[*]`
    case splat(HCLExpression)
    case call(HCLIdentifier, [HCLExpression])
    /// `[]`; one line when every element is a short scalar, else one element per line with trailing commas.
    case list([HCLExpression])
    /// `{}`; otherwise always one item per line with aligned `=`.
    case object([HCLObjectItem])
    case heredoc(HCLHeredoc)
    /// `condition ? then : else`
    case conditional(HCLExpression, HCLExpression, HCLExpression)
    /// `left operator right`; operands are parenthesized where precedence needs it.
    case binary(HCLBinaryOperator, HCLExpression, HCLExpression)
    /// `[for element in collection : result]`, on one line.
    case forList(element: HCLIdentifier, in: HCLExpression, result: HCLExpression)

    /// An ordered object from a literal: `.object(["name" = x, "cost-center" = y])`.
    public static func object(_ items: KeyValuePairs<String, HCLExpression>) -> HCLExpression {
        .object(items.map { HCLObjectItem($0.key, $0.value) })
    }

    /// A traversal parsed from source-like text: `var.location`,
    /// `azurerm_api_management.main.private_ip_addresses[0]`, `azurerm_subnet.x[*].id`.
    /// Traps on malformed paths (a programmer error).
    public static func ref(_ path: String) -> HCLExpression {
        var result: HCLExpression?
        for segment in path.split(separator: ".", omittingEmptySubsequences: false) {
            let name = segment.prefix { $0 != "[" }
            guard let identifier = HCLIdentifier(String(name)) else {
                preconditionFailure("invalid traversal: \(path)")
            }
            var expression = result.map { HCLExpression.attribute($0, identifier) } ?? .variable(identifier)
            var rest = segment.dropFirst(name.count)
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]") else {
                    preconditionFailure("invalid traversal: \(path)")
                }
                let key = rest[rest.index(after: rest.startIndex)..<close]
                if key == "*" {
                    expression = .splat(expression)
                } else if let number = Int(key), number >= 0 {
                    expression = .index(expression, .number(number))
                } else {
                    preconditionFailure("invalid traversal index: \(path)")
                }
                rest = rest[rest.index(after: close)...]
            }
            result = expression
        }
        return result!
    }
}

extension HCLExpression: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension HCLTemplatePart: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .literal(value) }
}
