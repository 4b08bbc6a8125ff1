import Foundation

/// Evaluated manifests by content hash, in `$GEN_CACHE_DIR`, `$XDG_CACHE_HOME/gen` or
/// `~/.cache/gen`; also home of the clang module cache manifests compile with.
struct ManifestCache: Sendable {
    var directory: String

    init(environment: [String: String]) {
        if let explicit = environment["GEN_CACHE_DIR"] {
            directory = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            directory = xdg + "/gen"
        } else if let home = environment["HOME"], !home.isEmpty {
            directory = home + "/.cache/gen"
        } else {
            directory = NSTemporaryDirectory() + "gen-cache"
        }
    }

    var moduleCachePath: String { directory + "/module-cache" }

    /// The shared library manifests link against (`lib<name>.so`).
    static let libraryName = "GenDSL"

    /// The DSL's object files linked once into a shared library, kept per DSL build. Built into
    /// a temporary folder and renamed into place, so concurrent runs never see half a library.
    func sharedLibrary(for dsl: DSLBuild, toolchain: Toolchain) throws -> String {
        let key = SHA256.hex(dsl.identity + "\n" + toolchain.identity)
        let folder = "\(directory)/libraries/\(key)"
        let library = "\(folder)/lib\(Self.libraryName).so"
        if FileManager.default.fileExists(atPath: library) { return library }
        let staging = "\(directory)/libraries/.staging-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: staging) }
        var arguments = ["-emit-library", "-o", "\(staging)/lib\(Self.libraryName).so"] + dsl.objectFiles
        if let linker = toolchain.linker { arguments.append("-use-ld=\(linker)") }
        let built = try ProcessRunner.run(toolchain.swiftc, arguments)
        guard built.status == 0, !built.signaled else {
            throw GenError.environment("cannot link the DSL library with \(toolchain.swiftc); check that the Swift toolchain and its linker are installed and on PATH\n\(built.standardError)")
        }
        do {
            try FileManager.default.moveItem(atPath: staging, toPath: folder)
        } catch where FileManager.default.fileExists(atPath: library) {
            // Another gen built it at the same time.
        }
        return library
    }

    func lookup(_ key: String) -> Data? {
        FileManager.default.contents(atPath: "\(directory)/manifests/\(key).json")
    }

    /// Best effort: a cache that cannot be written only costs time.
    func store(_ key: String, _ data: Data) {
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("manifests")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: folder.appendingPathComponent("\(key).json"), options: .atomic)
    }
}
