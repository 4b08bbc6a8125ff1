/// A YAML document node: block mappings and sequences of scalars, as Azure Pipelines and
/// GitHub workflows use them. Rendered by `YAMLWriter`.
public indirect enum YAMLNode: Hashable, Sendable {
    /// Ordered key/value pairs; insertion order is output order. Empty renders as `{}`.
    case mapping([Entry])
    /// Empty renders as `[]`.
    case sequence([YAMLNode])
    /// Plain when safe, otherwise single-quoted; a string with a newline becomes a block literal.
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    /// Always a block literal (`|`, `|-` or `|+` from its trailing newlines): scripts.
    case block(String)
    /// A scalar followed by a ` # comment` on its line (`uses: owner/action@<sha> # v4.2.2`).
    /// The comment is written on one line: line breaks become spaces.
    case commented(YAMLNode, comment: String)

    /// One key/value pair of a mapping.
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: YAMLNode

        public init(_ key: String, _ value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// A mapping from ordered pairs (`.map(["a": 1, "b": "x"])`): literal order is kept.
    public static func map(_ pairs: KeyValuePairs<String, YAMLNode>) -> YAMLNode {
        .mapping(pairs.map { Entry($0.key, $0.value) })
    }
}

extension YAMLNode: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: YAMLNode...) { self = .sequence(elements) }
    public init(nilLiteral: ()) { self = .null }
    /// Keeps the literal's order (a dictionary literal is a list of pairs until stored).
    public init(dictionaryLiteral elements: (String, YAMLNode)...) {
        self = .mapping(elements.map { Entry($0.0, $0.1) })
    }
}
