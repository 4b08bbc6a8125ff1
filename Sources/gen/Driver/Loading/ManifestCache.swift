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
