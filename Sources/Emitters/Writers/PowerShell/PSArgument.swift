/// One argument of a command invocation, in the order written.
public enum PSArgument: Hashable, Sendable {
    /// `-Name value`.
    case named(String, PSExpression)
    /// `-Force`.
    case `switch`(String)
    /// `-Name:$false` style switch with an explicit value.
    case switchValue(String, Bool)
    /// A positional argument.
    case positional(PSExpression)
    /// `@name` (splatting a hashtable variable).
    case splat(String)
}
