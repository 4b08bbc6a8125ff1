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
        if FileManager.default.fileExists(atPath: library) {
            if Self.isIntact(library: library) {
                // Marked as used, so that eviction keeps the libraries in use.
                try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: folder)
                return library
            }
            // Truncated or overwritten (a full disk, a killed copy): build it again.
            try? FileManager.default.removeItem(atPath: folder)
        }
        let staging = "\(directory)/libraries/.staging-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw GenError.environment("cannot write gen's cache \(directory): \(FolderProblem.reason(error, writing: staging)); make it writable or set GEN_CACHE_DIR to a folder you can write")
        }
        defer { try? FileManager.default.removeItem(atPath: staging) }
        var arguments = ["-emit-library", "-o", "\(staging)/lib\(Self.libraryName).so"] + dsl.objectFiles
        if let linker = toolchain.linker { arguments.append("-use-ld=\(linker)") }
        let built = try ProcessRunner.run(toolchain.swiftc, arguments)
        guard built.status == 0, !built.signaled else {
            throw GenError.environment("cannot link the DSL library into gen's cache (\(directory)/libraries) with \(toolchain.swiftc); check that the Swift toolchain and its linker are installed and on PATH, and that the cache folder is writable\n\(built.standardError)")
        }
        try Self.recordSize(of: "\(staging)/lib\(Self.libraryName).so")
        do {
            try FileManager.default.moveItem(atPath: staging, toPath: folder)
        } catch where FileManager.default.fileExists(atPath: library) {
            // Another gen built it at the same time.
        }
        return library
    }

    /// The library's size is recorded beside it when it is built; a library of another size,
    /// or one that is not an ELF (or Mach-O) file, is not used.
    static func isIntact(library: String) -> Bool {
        guard let recorded = FileManager.default.contents(atPath: library + ".size").flatMap({ Int(String(decoding: $0, as: UTF8.self)) }),
              let attributes = try? FileManager.default.attributesOfItem(atPath: library),
              (attributes[.size] as? NSNumber)?.intValue == recorded,
              let handle = FileHandle(forReadingAtPath: library) else { return false }
        defer { try? handle.close() }
        let magic = [UInt8](handle.readData(ofLength: 4))
        return magic == [0x7f, 0x45, 0x4c, 0x46] || magic == [0xcf, 0xfa, 0xed, 0xfe]
    }

    private static func recordSize(of library: String) throws {
        let size = (try FileManager.default.attributesOfItem(atPath: library)[.size] as? NSNumber)?.intValue ?? -1
        try Data(String(size).utf8).write(to: URL(fileURLWithPath: library + ".size"))
    }

    /// The system's reason for a file error ("Permission denied"), not Foundation's paraphrase.
    static func reason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }

    /// A hit marks the entry as used (its modification time), so eviction drops the least
    /// recently used entries first.
    func lookup(_ key: String) -> Data? {
        let path = "\(directory)/manifests/\(key).json"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
        return data
    }

    /// Best effort: a cache that cannot be written only costs time. Storing is also when the
    /// cache is kept within its bounds (`evict`).
    func store(_ key: String, _ data: Data) {
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("manifests")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: folder.appendingPathComponent("\(key).json"), options: .atomic)
        evict()
    }

    /// The bounds: evaluated manifests beyond `maximumManifests` entries or `maximumManifestBytes`
    /// go, least recently used first; a DSL library (one per build of gen, about 12 MB) goes
    /// when `keptLibraries` newer ones exist and it has not been used for a day (a run that
    /// is using it holds it open, which Linux keeps valid after unlinking anyway).
    static let maximumManifests = 1000
    static let maximumManifestBytes = 100 << 20
    static let keptLibraries = 3

    func evict(now: Date = Date()) {
        let files = FileManager.default
        func entries(_ folder: String) -> [(path: String, used: Date, size: Int)] {
            ((try? files.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.compactMap { name in
                let path = folder + "/" + name
                guard let attributes = try? files.attributesOfItem(atPath: path), let used = attributes[.modificationDate] as? Date else { return nil }
                return (path, used, (attributes[.size] as? NSNumber)?.intValue ?? 0)
            }.sorted { $0.used > $1.used }
        }
        var count = 0, bytes = 0
        for entry in entries(directory + "/manifests") {
            count += 1
            bytes += entry.size
            if count > Self.maximumManifests || bytes > Self.maximumManifestBytes { try? files.removeItem(atPath: entry.path) }
        }
        for entry in entries(directory + "/libraries").dropFirst(Self.keptLibraries + 1) where now.timeIntervalSince(entry.used) > 86_400 {
            try? files.removeItem(atPath: entry.path)
        }
    }
}
