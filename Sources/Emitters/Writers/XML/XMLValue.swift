/// The value of an attribute or a text node in a policy document.
public enum XMLValue: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Plain text, escaped by the writer; named values such as `{{backend-url}}` pass unchanged.
    case literal(String)
    /// An APIM policy expression (`@(...)` or a `@{ ... }` block), written verbatim: APIM reads
    /// raw `<`, `>`, `&` and `"` inside expressions.
    case expression(String)

    public init(stringLiteral value: String) { self = .literal(value) }
}
