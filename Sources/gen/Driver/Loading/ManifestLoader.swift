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

    /// Reads the envelope the manifest wrote, with the manifest's spelling of NaN and infinities.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: NonFiniteNumbers.positiveInfinity, negativeInfinity: NonFiniteNumbers.negativeInfinity, nan: NonFiniteNumbers.nan)
        return decoder
    }

    /// The evaluated deployment and whether it came from the cache.
    public struct Result: Sendable {
        public var deployment: Deployment
        public var cached: Bool
    }

    public func load(manifest path: String) throws -> Result {
        let source = try Self.read(manifest: path)
        let dsl = try DSLBuild.locate(environment: environment)
        let toolchain = try Toolchain.locate(environment: environment)
        let cache = ManifestCache(environment: environment)

        var hash = SHA256()
        hash.update(source)
        // What the manifest can read from its environment is part of the key: a manifest that
        // reads USER or HOME is never served the result another environment produced.
        let passed = manifestEnvironment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        for part in [path, dsl.identity, toolchain.identity, "envelope-\(ManifestEnvelope.currentFormatVersion)", "compile-\(Self.compileSettingsVersion)"] + passed {
            hash.update([0])
            hash.update(part)
        }
        let key = hash.finalize()

        if let data = cache.lookup(key), let envelope = try? Self.decoder.decode(ManifestEnvelope.self, from: data) {
            return Result(deployment: try single(envelope, manifest: path), cached: true)
        }
        // The compiler and the manifest's work folder need the temporary folder.
        let temporary = FileManager.default.temporaryDirectory.path
        if let problem = FolderProblem.problem(writing: temporary) {
            throw GenError.environment("cannot build the manifest in the temporary folder \(temporary): \(problem); set TMPDIR to a folder you can write")
        }
        let library = try cache.sharedLibrary(for: dsl, toolchain: toolchain)
        let data = try evaluate(path, source: source, dsl: dsl, library: library, toolchain: toolchain, moduleCache: cache.moduleCachePath)
        let envelope: ManifestEnvelope
        do {
            envelope = try Self.decoder.decode(ManifestEnvelope.self, from: data)
        } catch {
            throw GenError.internalError("cannot decode the manifest's output: \(error)")
        }
        let deployment = try single(envelope, manifest: path)
        cache.store(key, data)
        return Result(deployment: deployment, cached: false)
    }

    /// The manifest's bytes, read once: they are hashed for the cache key and compiled.
    /// A missing manifest is a usage error; one gen cannot read says why.
    static func read(manifest path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GenError.usage("no manifest at \(path); pass --manifest PATH to a Deployment.swift")
        }
        if isDirectory.boolValue {
            throw GenError.usage("\(path) is a folder; pass --manifest PATH to a Deployment.swift")
        }
        if access(path, R_OK) != 0 {
            throw GenError.environment("cannot read the manifest \(path): \(String(cString: strerror(errno)))")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw GenError.environment("cannot read the manifest \(path): \(ManifestCache.reason(error))")
        }
    }

    /// Bumped when the way manifests are compiled changes what they evaluate to (or whether
    /// they compile), so cached results of the old way are not reused.
    static let compileSettingsVersion = 2

    /// What a manifest may print (each of standard output and error) before it is stopped.
    static let manifestOutputLimit = 4 << 20

    /// The manifest's time limit in seconds: 60, or `$GEN_MANIFEST_TIMEOUT`.
    var manifestTimeout: TimeInterval {
        environment["GEN_MANIFEST_TIMEOUT"].flatMap(TimeInterval.init).flatMap { $0 > 0 && $0.isFinite ? $0 : nil } ?? 60
    }

    /// A manifest is code run with the user's rights; it gets only the variables a process
    /// needs (PATH, HOME, TMPDIR, locale), never the credentials a pipeline has in its environment.
    var manifestEnvironment: [String: String] { ProcessRunner.minimalEnvironment(from: environment) }

    static let workPrefix = "gen-manifest-"

    /// Work folders of runs that died (the process id in the name is gone).
    static func removeAbandonedWorkFolders() {
        let temporary = FileManager.default.temporaryDirectory
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where entry.hasPrefix(workPrefix) {
            guard let pid = Int32(entry.dropFirst(workPrefix.count).prefix { $0.isNumber }), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(entry))
        }
    }

    private func evaluate(_ path: String, source: Data, dsl: DSLBuild, library: String, toolchain: Toolchain, moduleCache: String) throws -> Data {
        Self.removeAbandonedWorkFolders()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("\(Self.workPrefix)\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            throw GenError.environment("cannot create a folder to build the manifest in \(FileManager.default.temporaryDirectory.path): \(FolderProblem.reason(error, writing: work.path)); set TMPDIR to a folder you can write")
        }
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = try ManifestCopy(source: source, userPath: path, work: work)
        let executable = work.appendingPathComponent("manifest").path
        try compile(copy, to: executable, dsl: dsl, library: library, toolchain: toolchain, moduleCache: moduleCache)

        let envelope = work.appendingPathComponent("envelope.json").path
        let ran = try ProcessRunner.run(executable, ["--gen-output", envelope], environment: manifestEnvironment,
                                        timeout: manifestTimeout, outputLimit: Self.manifestOutputLimit)
        if ran.outputLimitExceeded {
            throw GenError.diagnostics([.error("the manifest printed more than \(Self.manifestOutputLimit >> 20) MB and was stopped", at: SourceLocation(file: path, line: 1, column: 1),
                                               notes: [.init("gen reads the deployment a manifest declares, not what it prints; remove the print loop")])])
        }
        if ran.timedOut || ran.status != 0 || ran.signaled {
            throw GenError.diagnostics([crashDiagnostic(ran, manifest: copy, dsl: dsl, library: library, toolchain: toolchain, moduleCache: moduleCache, work: work)])
        }
        guard let data = FileManager.default.contents(atPath: envelope) else {
            throw GenError.diagnostics([.error("the manifest ran but declared no Deployment", at: SourceLocation(file: path, line: 1, column: 1),
                                               notes: [.init("declare one: let deployment = Deployment(\"name\", resourceGroup: …, region: …) { … }")])])
        }
        return copy.restoringUserPath(inEnvelope: data)
    }

    /// Compiles the manifest and links it against the shared DSL library: linking one shared
    /// library is about 0.15 s faster than linking the DSL's object files statically.
    /// A module cache the compiler reports as corrupt is removed and the compile retried once.
    private func compile(_ copy: ManifestCopy, to executable: String, debugInfo: Bool = false, dsl: DSLBuild, library: String, toolchain: Toolchain, moduleCache: String) throws {
        let libraryDirectory = URL(fileURLWithPath: library).deletingLastPathComponent().path
        // MemberImportVisibility: a Foundation member used without `import Foundation` is a
        // located compile error, not an undefined symbol at link time.
        var arguments = ["-swift-version", "6", "-enable-upcoming-feature", "MemberImportVisibility", "-Onone", "-module-name", "DeploymentManifest",
                         "-I", dsl.modulesDirectory, "-module-cache-path", moduleCache, "-o", executable, copy.path,
                         "-L", libraryDirectory, "-l\(ManifestCache.libraryName)", "-Xlinker", "-rpath", "-Xlinker", libraryDirectory]
        if let linker = toolchain.linker { arguments.append("-use-ld=\(linker)") }
        if debugInfo { arguments.append("-g") }
        var compiled = try ProcessRunner.run(toolchain.swiftc, arguments)
        var rebuiltModuleCache = false
        if compiled.status != 0, Self.blamesModuleCache(compiled.standardError + compiled.standardOutput, moduleCache: moduleCache) {
            try? FileManager.default.removeItem(atPath: moduleCache)
            rebuiltModuleCache = true
            compiled = try ProcessRunner.run(toolchain.swiftc, arguments)
        }
        guard compiled.status == 0, !compiled.signaled else {
            var output = copy.restoringUserPath(in: compiled.standardError + compiled.standardOutput)
            if rebuiltModuleCache {
                output += "\nnote: gen removed its module cache \(moduleCache), which the compiler reported as broken, and compiled again"
            }
            throw GenError.compilation(output)
        }
    }

    /// A located error for a manifest that trapped, exited or hung while running. The fast path
    /// compiles without debug information, so to find the line a trap happened on the manifest
    /// is rebuilt with `-g` and run again under Swift's backtracer.
    private func crashDiagnostic(_ outcome: ProcessRunner.Outcome, manifest copy: ManifestCopy, dsl: DSLBuild, library: String, toolchain: Toolchain, moduleCache: String, work: URL) -> Diagnostic {
        let path = copy.userPath
        let hint = Diagnostic.Note("a manifest must not trap: check force-unwraps, fatalError and indexing")
        if outcome.timedOut {
            return .error("the manifest did not finish within \(Int(manifestTimeout)) seconds and was stopped", at: SourceLocation(file: path, line: 1, column: 1), notes: [.init("look for a loop that never ends")])
        }
        let errorLines = outcome.standardError.split(separator: "\n")
        let reason = errorLines.first { $0.contains("Fatal error") }.map { line in
            String(line[line.range(of: "Fatal error")!.lowerBound...])
        } ?? (outcome.signaled ? "signal \(outcome.status)" : "exit status \(outcome.status)")
        var location = SourceLocation(file: path, line: 1, column: 1)
        let debugExecutable = work.appendingPathComponent("manifest-debug").path
        var environment = manifestEnvironment
        environment["SWIFT_BACKTRACE"] = "enable=yes,color=no,interactive=no,threads=crashed"
        if (try? compile(copy, to: debugExecutable, debugInfo: true, dsl: dsl, library: library, toolchain: toolchain, moduleCache: moduleCache)) != nil,
           let rerun = try? ProcessRunner.run(debugExecutable, ["--gen-output", work.appendingPathComponent("unused.json").path], environment: environment, timeout: manifestTimeout),
           let frame = Self.innermostFrame(in: rerun.standardError, manifest: copy.path) {
            location.line = frame.line
            location.column = frame.column
        }
        return .error("the manifest crashed while running: \(reason)", at: location, notes: [hint])
    }

    /// Whether a failed compile's output says the module cache is broken (a truncated or
    /// corrupt precompiled module), rather than the manifest.
    static func blamesModuleCache(_ output: String, moduleCache: String) -> Bool {
        let signatures = ["malformed or corrupted", "is not a valid precompiled module", "could not build module", "module file", "PCH file", "AST file"]
        return signatures.contains { output.contains($0) } && (output.contains(moduleCache) || output.contains(".pcm"))
    }

    /// The first backtrace frame in the manifest: "… at /abs/Deployment.swift:4:22".
    /// The backtracer prints a path under the current folder relative to it, others absolute,
    /// so each frame's path is resolved against the current folder before comparing.
    static func innermostFrame(in backtrace: String, manifest path: String) -> (line: Int, column: Int)? {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        for line in backtrace.split(separator: "\n") {
            guard let at = line.range(of: " at ") else { continue }
            // "<path>:<line>:<column>", the path possibly holding colons itself.
            let parts = line[at.upperBound...].split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count >= 3, let row = Int(parts[parts.count - 2]),
                  let column = Int(parts[parts.count - 1].prefix { $0.isNumber }) else { continue }
            let file = parts.dropLast(2).joined(separator: ":")
            if URL(fileURLWithPath: file).standardizedFileURL.path == absolute { return (row, column) }
        }
        return nil
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
