import Foundation

/// The Swift toolchain `gen` compiles manifests with: the one whose runtime `gen` itself runs
/// on, found beside the loaded `libswiftCore.so` (so the manifest and the DSL module always
/// agree on compiler version), or `$SWIFTC`, or `swiftc` on the PATH.
struct Toolchain: Sendable {
    var swiftc: String
    var linker: String?

    static func locate(environment: [String: String]) throws -> Toolchain {
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let explicit = environment["SWIFTC"] { candidates.append(explicit) }
        // procfs files report size 0, so read to the end rather than by size.
        if let data = FileHandle(forReadingAtPath: "/proc/self/maps")?.readDataToEndOfFile(),
           case let maps = String(decoding: data, as: UTF8.self),
           let line = maps.split(separator: "\n").first(where: { $0.hasSuffix("/libswiftCore.so") }),
           let path = line.split(separator: " ").last {
            // …/usr/lib/swift/linux/libswiftCore.so → …/usr/bin/swiftc
            let usr = URL(fileURLWithPath: String(path)).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(usr.appendingPathComponent("bin/swiftc").path)
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(directory)/swiftc")
        }
        guard let swiftc = candidates.first(where: { fileManager.isExecutableFile(atPath: $0) }) else {
            throw GenError.environment("cannot find swiftc; install the Swift toolchain or set SWIFTC to its swiftc")
        }
        let lld = URL(fileURLWithPath: swiftc).deletingLastPathComponent().appendingPathComponent("ld.lld").path
        return Toolchain(swiftc: swiftc, linker: fileManager.isExecutableFile(atPath: lld) ? "lld" : nil)
    }

    /// Identifies the compiler for cache keys without running it: the real file behind any
    /// symbolic links, and its modification time.
    var identity: String {
        let real = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: real)
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(real)|\(modified)"
    }
}
