import DSL
import Foundation

/// Evaluates a `Deployment.swift` the way SwiftPM evaluates `Package.swift`: compile it with
/// the toolchain against the built DSL, run it, read the JSON envelope it writes on exit.
/// Results are cached by a hash of the manifest, its path, the DSL build and the compiler.
public struct ManifestLoader: Sendable {
    var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The evaluated deployment and whether it came from the cache.
    public struct Result: Sendable {
        public var deployment: Deployment
        public var cached: Bool
    }

    public func load(manifest path: String) throws -> Result {
        guard let source = FileManager.default.contents(atPath: path) else {
            throw GenError.usage("no manifest at \(path); pass --manifest PATH to a Deployment.swift")
        }
        let dsl = try DSLBuild.locate(environment: environment)
        let toolchain = try Toolchain.locate(environment: environment)
        let cache = ManifestCache(environment: environment)

        var hash = SHA256()
        hash.update(source)
        for part in [path, dsl.identity, toolchain.identity, "envelope-\(ManifestEnvelope.currentFormatVersion)"] {
            hash.update([0])
            hash.update(part)
        }
        let key = hash.finalize()

        if let data = cache.lookup(key), let envelope = try? JSONDecoder().decode(ManifestEnvelope.self, from: data) {
            return Result(deployment: try single(envelope, manifest: path), cached: true)
        }
        let data = try evaluate(path, dsl: dsl, toolchain: toolchain, moduleCache: cache.moduleCachePath)
        let envelope: ManifestEnvelope
        do {
            envelope = try JSONDecoder().decode(ManifestEnvelope.self, from: data)
        } catch {
            throw GenError.internalError("cannot decode the manifest's output: \(error)")
        }
        let deployment = try single(envelope, manifest: path)
        cache.store(key, data)
        return Result(deployment: deployment, cached: false)
    }

    private func evaluate(_ path: String, dsl: DSLBuild, toolchain: Toolchain, moduleCache: String) throws -> Data {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("gen-manifest-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let executable = work.appendingPathComponent("manifest").path
        var arguments = ["-swift-version", "6", "-Onone", "-module-name", "DeploymentManifest",
                         "-I", dsl.modulesDirectory, "-module-cache-path", moduleCache, "-o", executable, path]
        arguments += dsl.objectFiles
        if let linker = toolchain.linker { arguments.append("-use-ld=\(linker)") }
        let compiled = try ProcessRunner.run(toolchain.swiftc, arguments)
        guard compiled.status == 0, !compiled.signaled else {
            throw GenError.compilation(compiled.standardError + compiled.standardOutput)
        }

        let envelope = work.appendingPathComponent("envelope.json").path
        let ran = try ProcessRunner.run(executable, ["--gen-output", envelope], timeout: 60)
        if ran.timedOut || ran.status != 0 || ran.signaled {
            throw GenError.diagnostics([crashDiagnostic(ran, manifest: path)])
        }
        guard let data = FileManager.default.contents(atPath: envelope) else {
            throw GenError.diagnostics([.error("the manifest ran but declared no Deployment", at: SourceLocation(file: path, line: 1, column: 1),
                                               notes: [.init("declare one: let deployment = Deployment(\"name\", resourceGroup: …, region: …) { … }")])])
        }
        return data
    }

    /// A located error for a manifest that trapped, exited or hung while running.
    private func crashDiagnostic(_ outcome: ProcessRunner.Outcome, manifest path: String) -> Diagnostic {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        var location = SourceLocation(file: path, line: 1, column: 1)
        var reason = outcome.timedOut ? "did not finish within 60 seconds" : "crashed while running"
        for line in outcome.standardError.split(separator: "\n") {
            // Swift traps print "<path>:<line>: Fatal error: <message>".
            guard let range = line.range(of: "\(fileName):") else { continue }
            let rest = line[range.upperBound...]
            if let number = Int(rest.prefix { $0.isNumber }) {
                location.line = number
                if let message = line.range(of: "error: ") {
                    reason = "crashed while running: \(line[message.upperBound...])"
                }
                break
            }
        }
        let tail = outcome.standardError.split(separator: "\n").prefix(5).map(String.init)
        return .error("the manifest \(reason)", at: location,
                      notes: tail.map { .init($0) } + [.init("a manifest must not trap: remove force-unwraps, fatalError and out-of-range indexing")])
    }

    /// Exactly one deployment per manifest.
    private func single(_ envelope: ManifestEnvelope, manifest path: String) throws -> Deployment {
        guard let first = envelope.deployments.first else {
            throw GenError.diagnostics([.error("the manifest declares no Deployment", at: SourceLocation(file: path, line: 1, column: 1),
                                               notes: [.init("declare one: let deployment = Deployment(\"name\", resourceGroup: …, region: …) { … }")])])
        }
        if envelope.deployments.count > 1 {
            throw GenError.diagnostics(envelope.deployments.dropFirst().map {
                .error("the manifest declares a second Deployment '\($0.name)'; one manifest describes one deployment", at: $0.location,
                       notes: [.init("first declared here", at: first.location)])
            })
        }
        return first
    }
}
