import DSL
import Emitters

/// The pure middle of `gen`: resolve, validate, emit. No I/O, so tests and benchmarks run the
/// exact path the CLI runs.
public enum Generation {
    /// A resolved deployment and everything found wrong with it.
    public struct Checked: Sendable {
        public var resolved: ResolvedDeployment
        public var diagnostics: [Diagnostic]
    }

    public static func check(_ deployment: Deployment) -> Checked {
        let (resolved, resolveDiagnostics) = Resolver.resolve(deployment)
        let diagnostics = (resolveDiagnostics + Validator.validate(resolved)).sortedByLocation
        return Checked(resolved: resolved, diagnostics: diagnostics)
    }

    /// Every requested format's files, in format order, each format's files sorted by path.
    public static func render(_ resolved: ResolvedDeployment, formats: [OutputFormat]) -> [(OutputFormat, [EmittedFile])] {
        formats.map { format in (format, format.emitter.emit(resolved).sorted()) }
    }
}
