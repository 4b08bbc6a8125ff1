#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Why gen cannot create or write a folder, in words a user can act on: Foundation reports
/// most of these as "The operation could not be completed".
enum FolderProblem {
    /// Nil when `path` is (or can be created as) a folder gen can write.
    static func problem(writing path: String) -> String? {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: existing.path, isDirectory: &isDirectory) {
            let parent = existing.deletingLastPathComponent()
            if parent.path == existing.path { return nil }
            existing = parent
        }
        if !isDirectory.boolValue { return "\(existing.path) is a file, not a folder" }
        if access(existing.path, W_OK | X_OK) != 0 { return "\(existing.path) is not writable (\(String(cString: strerror(errno))))" }
        return nil
    }

    /// The best explanation for an error creating or writing under `path`.
    static func reason(_ error: Error, writing path: String) -> String {
        problem(writing: path) ?? ManifestCache.reason(error)
    }
}
