/// A PowerShell expression. Commands and pipelines used as values are wrapped in `( )` by the
/// writer wherever PowerShell needs it (arguments, operands), and written bare as the right side
/// of an assignment, an `if` condition or a statement.
public indirect enum PSExpression: Hashable, Sendable {
    /// `'text'` with `'` doubled.
    case string(String)
    /// `"..."` built from parts.
    case expandable([PSStringPart])
    /// `$name`, `${name}` when the name needs braces; `env:PATH` style scopes are allowed.
    case variable(String)
    /// A bare word argument (`Https`, `Standard_v2`); quoted when it is not a safe bare word.
    case bareword(String)
    case int(Int)
    case double(Double)
    /// `$true` / `$false`.
    case bool(Bool)
    /// `$null`.
    case null
    /// `$x.Name`.
    case member(PSExpression, String)
    /// `[Type]::Name`.
    case staticMember(type: String, name: String)
    /// `target[index]`.
    case index(PSExpression, PSExpression)
    /// Method call: `callee(a, b)` where callee is a `.member` or `.staticMember`.
    case call(PSExpression, [PSExpression])
    /// `@()` when empty, otherwise `@(a, b)`.
    case array([PSExpression])
    /// `@(` then one element a line, then `)`: for long lists and lists of commands, which are
    /// written bare (and broken with backticks when long) inside.
    case arrayBlock([PSExpression])
    /// `@{}` / `@{ Key = value }`; multi-line (one entry a line) when long or nested.
    case hashtable([PSHashEntry])
    /// `[type]`, e.g. `[int]` or `[System.Net.Dns]`.
    case type(String)
    /// `[type]expression`.
    case cast(String, PSExpression)
    /// `{ ... }`; one short expression statement stays on one line.
    case scriptBlock([PSStatement])
    /// `( expression )`.
    case paren(PSExpression)
    /// `$( statements )`.
    case subexpression([PSStatement])
    /// `left -op right`; `op` is the operator as written (`-eq`, `-and`, `+`, `-f`).
    case binary(PSExpression, String, PSExpression)
    /// `-not expression`.
    case not(PSExpression)
    /// A command invocation used as a value.
    case command(PSCommand)
    /// `a | b | c`: the first element may be any expression, the others are usually commands.
    case pipeline([PSExpression])
}

extension PSExpression: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
