/// One piece of a quoted template: literal text (escaped by the writer) or `${expression}`.
public enum HCLTemplatePart: Hashable, Sendable {
    case literal(String)
    /// The expression must render on one line.
    case interpolation(HCLExpression)
}
