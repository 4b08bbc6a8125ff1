/// A PowerShell statement.
public indirect enum PSStatement: Hashable, Sendable {
    /// One `# ` line per line of text.
    case comment(String)
    case blank
    /// `#Requires -Modules A, B`.
    case requiresModules([String])
    /// `target = value` (also `$x.Tags`, `$a[0]` targets).
    case assign(PSExpression, PSExpression)
    /// An expression, command or pipeline on its own line.
    case expression(PSExpression)
    /// `if (c) { } elseif (c) { } else { }`: the branches in order, then the optional else body.
    case `if`([PSConditional], else: [PSStatement]?)
    /// `foreach ($variable in collection) { }`.
    case foreach(variable: String, in: PSExpression, body: [PSStatement])
    /// `try { } catch { } finally { }`; an empty catch or finally is left out when the other
    /// is present.
    case `try`([PSStatement], catch: [PSStatement], finally: [PSStatement])
    /// `throw value`.
    case `throw`(PSExpression)
    /// `return` / `return value`.
    case `return`(PSExpression?)
    /// `break`: leaves the innermost loop.
    case `break`

    /// A command on its own line.
    public static func command(_ command: PSCommand) -> PSStatement { .expression(.command(command)) }
}
