import DSL

/// Why a `gen` run failed, mapped to the documented exit codes.
enum GenError: Error {
    /// Bad command line (exit 2).
    case usage(String)
    /// Manifest or validation errors, already located (exit 1).
    case diagnostics([Diagnostic])
    /// The manifest did not compile; the compiler's own located messages were passed through (exit 1).
    case compilation(String)
    /// The environment is not set up (no built DSL, no swiftc) (exit 1), with what to do.
    case environment(String)
    /// A bug in gen itself (exit 3).
    case internalError(String)
}

/// The exit codes `gen` documents.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 2
    case internalError = 3
}
