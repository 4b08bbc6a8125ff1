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
        if let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8),
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

    /// Identifies the compiler for cache keys without running it.
    var identity: String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: swiftc)
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(swiftc)|\(modified)"
    }
}
