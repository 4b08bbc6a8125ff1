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
                next.paths.insert(path)
                // Unchanged bytes stay as they are: no staging, no rename, no new inode.
                let bytes = Data(file.contents.utf8)
                if owned.paths.contains(path), fileManager.contents(atPath: root.appendingPathComponent(path).path) == bytes { continue }
                let staged = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: staged.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: staged)
                moves.append(path)
            }
        }
        let deletions = owned.paths.subtracting(next.paths).sorted()
        try Data(next.contents.utf8).write(to: staging.appendingPathComponent(OwnedFiles.fileName))
        moves.append(OwnedFiles.fileName)

        // One flush for every staged file, so that a journal replayed after a crash never
        // moves a file whose bytes were not on disk yet; the journal then flushes itself.
        try Self.flushFileSystem(of: staging)
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

    /// `syncfs(2)` of the file system holding `folder`: one step per run instead of an
    /// `fsync` per file. Glibc declares it only with `_GNU_SOURCE`, so it is looked up by name;
    /// without it, `sync(2)` flushes every file system.
    static func flushFileSystem(of folder: URL) throws {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
            sync()
            return
        }
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder.path]) }
        defer { close(descriptor) }
        guard unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder.path, NSLocalizedDescriptionKey: "cannot flush \(folder.path): \(String(cString: strerror(errno)))"])
        }
    }

    private func removeLegacyStaging() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for entry in entries where entry.hasPrefix(Self.legacyStagingPrefix) {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(entry))
        }
    }
}
