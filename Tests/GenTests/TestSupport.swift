import DSL
import Foundation
import GenDriver

/// Paths and evaluated samples shared by the end-to-end tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let goldensRoot = packageRoot.appendingPathComponent("Tests/GenTests/Goldens")

    /// The names of the folders under Samples/ that hold a Deployment.swift.
    static var sampleNames: [String] {
        let samples = packageRoot.appendingPathComponent("Samples")
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return entries.filter { FileManager.default.fileExists(atPath: samples.appendingPathComponent("\($0)/Deployment.swift").path) }.sorted()
    }

    /// The manifest path as users type it, relative to the package root, so source locations
    /// (and anything derived from them) do not depend on where the clone lives.
    static func manifestPath(_ sample: String) -> String { "Samples/\(sample)/Deployment.swift" }

    /// The `gen` executable built next to the test bundle.
    static var genExecutable: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("gen").path
    }

    /// Evaluates a sample through the real loader (compile, run, decode; cached).
    static func load(_ sample: String) throws -> Deployment {
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
        return try ManifestLoader().load(manifest: manifestPath(sample)).deployment
    }

    struct RunResult {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs the built `gen` in `directory`.
    static func runGen(_ arguments: [String], in directory: URL = packageRoot, environment extra: [String: String] = [:]) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: genExecutable)
        process.arguments = arguments
        if !extra.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 } }
        process.currentDirectoryURL = directory
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                         standardError: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
