/// One piece of a double-quoted (expandable) PowerShell string.
public enum PSStringPart: Hashable, Sendable {
    /// Literal text; `` ` ``, `"` and `$` are escaped with a backtick.
    case text(String)
    /// `$name`, or `${name}` when the next character would extend the name.
    case variable(String)
    /// `$( ... )` around an expression: `"$($apim.PrivateIPAddresses[0])"`.
    case subexpression(PSExpression)
}
