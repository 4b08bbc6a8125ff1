import DSL
import Emitters
import Foundation
import GenDriver

// gen-bench: one line per figure, `bench <name> <median_ms>`. Run it from the package root:
//   swift run -c release gen-bench
// Memory is measured in a child process that runs only the 1000-API case.

func report(_ name: String, _ value: Double, unit: String = "") {
    print("bench \(name) \(String(format: "%.2f", value))\(unit)")
}

/// Resolves, validates and renders every format; stops the benchmark on validation errors.
func checked(_ deployment: Deployment) -> ResolvedDeployment {
    let result = Generation.check(deployment)
    let errors = result.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
        FileHandle.standardError.write(Data("gen-bench: \(deployment.name) is invalid:\n\(errors.map(\.description).joined(separator: "\n"))\n".utf8))
        exit(1)
    }
    return result.resolved
}

let arguments = CommandLine.arguments
if arguments.contains("--memory-scale-1000") {
    let resolved = checked(SyntheticDeployment.make(apis: 1000, hostnames: 100))
    let files = Generation.render(resolved, formats: OutputFormat.allCases)
    print("files \(files.map(\.1.count).reduce(0, +)) peak \(Stopwatch.peakMemoryMB())")
    exit(0)
}

let root = FileManager.default.currentDirectoryPath
let learnManifest = "Samples/learn-internal-vnet/Deployment.swift"
guard FileManager.default.fileExists(atPath: learnManifest) else {
    FileHandle.standardError.write(Data("gen-bench: run from the package root (no \(learnManifest))\n".utf8))
    exit(2)
}

// Emission, resolve and validation, in process.
let loader = ManifestLoader()
let learn = checked(try loader.load(manifest: learnManifest).deployment)
report("emit.learn.all", Stopwatch.median(runs: 30) { _ = Generation.render(learn, formats: OutputFormat.allCases) })

let scale100 = SyntheticDeployment.make(apis: 100, hostnames: 10)
let scale1000 = SyntheticDeployment.make(apis: 1000, hostnames: 100)
let resolved100 = checked(scale100), resolved1000 = checked(scale1000)
let emit100 = Stopwatch.median(runs: 15) { _ = Generation.render(resolved100, formats: OutputFormat.allCases) }
let emit1000 = Stopwatch.median(runs: 7) { _ = Generation.render(resolved1000, formats: OutputFormat.allCases) }
report("emit.scale-100.all", emit100)
report("emit.scale-1000.all", emit1000)
report("emit.growth.100-to-1000", emit1000 / emit100, unit: "x")
for format in OutputFormat.allCases {
    let small = Stopwatch.median(runs: 7) { _ = format.emitter.emit(resolved100) }
    let large = Stopwatch.median(runs: 5) { _ = format.emitter.emit(resolved1000) }
    report("emit.scale-1000.\(format.rawValue)", large)
    report("emit.growth.100-to-1000.\(format.rawValue)", large / max(small, 0.001), unit: "x")
}
report("resolve.scale-1000", Stopwatch.median(runs: 7) { _ = Resolver.resolve(scale1000) })
report("validate.scale-1000", Stopwatch.median(runs: 7) { _ = Validator.validate(resolved1000) })
report("pipeline.scale-1000", Stopwatch.median(runs: 5) {
    _ = Generation.render(checked(scale1000), formats: OutputFormat.allCases)
})

// Manifest evaluation through the real loader: cache hit, and after an edit.
report("load.cached", try Stopwatch.median(runs: 20) { _ = try loader.load(manifest: learnManifest) })
let editFolder = FileManager.default.temporaryDirectory.appendingPathComponent("gen-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: editFolder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: editFolder) }
let learnSource = try String(contentsOfFile: learnManifest, encoding: .utf8)
let editedManifest = editFolder.appendingPathComponent("Deployment.swift").path
var edits = 0
report("load.miss", try Stopwatch.median(runs: 7) {
    edits += 1
    try (learnSource + "\n// edit \(edits)\n").write(toFile: editedManifest, atomically: true, encoding: .utf8)
    _ = try loader.load(manifest: editedManifest)
})

// End to end: the gen executable built next to this one, warm cache.
let genExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("gen").path
func run(_ executable: String, _ arguments: [String], in directory: String = root) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
}
if FileManager.default.isExecutableFile(atPath: genExecutable) {
    let output = editFolder.appendingPathComponent("out").path
    report("gen.all.warm", try Stopwatch.median(runs: 10) { try run(genExecutable, ["all", "--manifest", learnManifest, "--output", output]) })
} else {
    print("skip gen.all.warm: build the gen product too (swift build -c release)")
}

// SwiftPM evaluating an edited Package.swift, for comparison with load.miss.
if let swift = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map({ "\($0)/swift" }).first(where: FileManager.default.isExecutableFile) {
    let package = editFolder.appendingPathComponent("package")
    try FileManager.default.createDirectory(at: package.appendingPathComponent("Sources/Bench"), withIntermediateDirectories: true)
    try "public let bench = 1\n".write(to: package.appendingPathComponent("Sources/Bench/Bench.swift"), atomically: true, encoding: .utf8)
    let manifest = "// swift-tools-version: 6.0\nimport PackageDescription\nlet package = Package(name: \"Bench\", targets: [.target(name: \"Bench\")])\n"
    var packageEdits = 0
    report("swiftpm.dump-package.edited", try Stopwatch.median(runs: 7) {
        packageEdits += 1
        try (manifest + "// edit \(packageEdits)\n").write(to: package.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try run(swift, ["package", "dump-package"], in: package.path)
    })
}

// Peak memory of the 1000-API case, alone in a child process.
let child = Process()
child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
child.arguments = ["--memory-scale-1000"]
let pipe = Pipe()
child.standardOutput = pipe
try child.run()
let childOutput = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
child.waitUntilExit()
if let peak = childOutput.split(separator: " ").last.flatMap({ Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
    report("memory.scale-1000.peak", peak, unit: " MB")
}
