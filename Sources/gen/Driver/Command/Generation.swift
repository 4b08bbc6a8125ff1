import DSL
import Dispatch
import Foundation
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
        let diagnostics = (resolveDiagnostics + Validator.validate(resolved)).sortedByLocation.explained(by: deployment.callSites)
        return Checked(resolved: resolved, diagnostics: diagnostics)
    }

    /// Every requested format's files, in format order, each format's files sorted by path.
    /// Emitters are pure and independent, so formats render concurrently; results are placed
    /// by index, so the output does not depend on scheduling.
    public static func render(_ resolved: ResolvedDeployment, formats: [OutputFormat]) -> [(OutputFormat, [EmittedFile])] {
        let results = RenderResults(count: formats.count)
        DispatchQueue.concurrentPerform(iterations: formats.count) { index in
            results.store(formats[index].emitter.emit(resolved).sorted(), at: index)
        }
        return zip(formats, results.files).map { ($0, $1) }
    }
}

/// Per-format results filled in concurrently, each slot by exactly one iteration.
private final class RenderResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[EmittedFile]]

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func store(_ files: [EmittedFile], at index: Int) {
        lock.lock()
        slots[index] = files
        lock.unlock()
    }

    var files: [[EmittedFile]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
