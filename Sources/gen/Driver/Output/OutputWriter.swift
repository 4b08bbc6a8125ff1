import Emitters
import Foundation

/// Writes rendered formats under the output root so that all of them appear at once, or none.
///
/// One run at a time: the root is locked (`OutputLock`); a second run waits for the first.
/// Under the lock the run first finishes or discards whatever a killed run left
/// (`OutputJournal.recover`), stages every new file under `.gen-swap/staging/`, commits a
/// journal and carries it out. Only files gen wrote (`OwnedFiles`) are replaced or deleted;
/// a user's files in a format folder stay. A format that renders no files writes none, and the
/// files an earlier run wrote for it are removed (with the folders they leave empty).
struct OutputWriter {
    var root: URL
    /// Called when another run holds the lock, with the lock file's path.
    var waiting: (String) -> Void = { _ in }
    /// How long to wait for another run before failing.
    var lockTimeout: TimeInterval = 300

    /// Staging folders of gen versions before the journal (`.gen-staging-<pid>`).
    static let legacyStagingPrefix = ".gen-staging-"

    struct Conflict: Error, CustomStringConvertible {
        var description: String
    }

    /// - Parameter interruptAfter: tests only: stop after that many moves, as a kill would.
    func write(_ rendered: [(OutputFormat, [EmittedFile])], interruptAfter: Int? = nil) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
        let lock = try OutputLock.acquire(root: root, exclusive: true, create: true, timeout: lockTimeout, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        try OutputJournal.recover(root: root)
        removeLegacyStaging()

        let owned = OwnedFiles.read(root: root)
        let formats = Set(rendered.map(\.0.rawValue))
        var next = OwnedFiles(paths: owned.paths.filter { path in !formats.contains(where: { path.hasPrefix($0 + "/") }) })
        let staging = OutputJournal.staging(root)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        var moves: [String] = []
        for (format, files) in rendered {
            for file in files {
                let path = "\(format.rawValue)/\(file.path)"
                guard OutputPath.isSafe(path) else { throw Conflict(description: "refusing to write \(path): not a plain relative path") }
                try checkTarget(path)
                let staged = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: staged.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: staged)
                moves.append(path)
                next.paths.insert(path)
            }
        }
        let deletions = owned.paths.subtracting(next.paths).sorted()
        try Data(next.contents.utf8).write(to: staging.appendingPathComponent(OwnedFiles.fileName))
        moves.append(OwnedFiles.fileName)

        let journal = OutputJournal(moves: moves, deletions: deletions)
        try journal.commit(root: root)
        try journal.apply(root: root, limit: interruptAfter)
    }

    /// A file can be renamed to `path` only if no folder is there and every parent is a folder;
    /// checked before the commit point so a conflict fails the run with the outputs untouched.
    private func checkTarget(_ path: String) throws {
        var isDirectory: ObjCBool = false
        let components = path.split(separator: "/")
        var prefix = ""
        for (index, component) in components.enumerated() {
            prefix += (prefix.isEmpty ? "" : "/") + component
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(prefix).path, isDirectory: &isDirectory) else { return }
            let last = index == components.count - 1
            if last == isDirectory.boolValue {
                throw Conflict(description: "cannot write \(root.appendingPathComponent(path).relativePath): \(prefix) is \(last ? "a folder" : "a file") in the way")
            }
        }
    }

    private func removeLegacyStaging() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for entry in entries where entry.hasPrefix(Self.legacyStagingPrefix) {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(entry))
        }
    }
}
