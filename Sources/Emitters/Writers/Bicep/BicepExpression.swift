/// A Bicep expression. The writer owns quoting, escaping, parentheses and layout.
///
/// Literals build the common cases: `"text"` is `.string`, `"\(prefix)-apim"` with a
/// `BicepExpression` inside `\( )` is `.interpolated`, `[...]` is `.array`, `[k: v]` is `.object`.
public indirect enum BicepExpression: Hashable, Sendable {
    /// A single-quoted string; escapes are added by the writer.
    case string(String)
    /// `'${prefix}-apim'`.
    case interpolated([StringPart])
    case int(Int)
    case bool(Bool)
    case null
    /// A parameter, variable or resource symbol: `vnetName`.
    case identifier(String)
    /// `base.name`, or `base['name']` when `name` is not an identifier.
    case property(BicepExpression, String)
    /// `base[index]`.
    case index(BicepExpression, BicepExpression)
    /// `name(arguments)` or `namespace.name(arguments)`: `resourceGroup()`, `az.getSecret(...)`.
    case call(namespace: String? = nil, String, [BicepExpression] = [])
    /// Multi-line, one item per line, no commas; `[]` when empty.
    case array([BicepExpression])
    /// Multi-line `key: value`; `{}` when empty.
    case object(BicepObject)
    /// `condition ? whenTrue : whenFalse`.
    case ternary(BicepExpression, BicepExpression, BicepExpression)

    /// One piece of an interpolated string.
    public enum StringPart: Hashable, Sendable {
        case text(String)
        case expression(BicepExpression)
    }

    /// `self.name`.
    public func dot(_ name: String) -> BicepExpression { .property(self, name) }

    /// `self[index]`.
    public subscript(index: BicepExpression) -> BicepExpression { .index(self, index) }
}

extension BicepExpression: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self = .string(value)
    }

    public init(stringInterpolation: StringInterpolation) {
        self = .interpolated(stringInterpolation.parts)
    }

    /// Collects `"text \(expression)"` into `StringPart`s.
    public struct StringInterpolation: StringInterpolationProtocol {
        var parts: [StringPart] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.text(literal)) }
        }

        public mutating func appendInterpolation(_ expression: BicepExpression) {
            parts.append(.expression(expression))
        }
    }
}

extension BicepExpression: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self = .int(value)
    }
}

extension BicepExpression: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension BicepExpression: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: BicepExpression...) {
        self = .array(elements)
    }
}

extension BicepExpression: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, BicepExpression)...) {
        self = .object(BicepObject(elements))
    }
}
