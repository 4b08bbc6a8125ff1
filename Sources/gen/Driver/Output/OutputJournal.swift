import Foundation

/// The redo log that makes swapping every format in one atomic step as a whole.
///
/// A run stages all new files under `ROOT/.gen-swap/staging/`, then writes the journal
/// `ROOT/.gen-swap/journal` (to a temporary name, flushed, renamed: that rename is the commit
/// point), then carries it out: each staged file is renamed over its target, each file the
/// previous run wrote and this one does not is deleted, then `.gen-files` is replaced.
/// Every step is idempotent (a move whose source is gone is done, a delete whose target is
/// gone is done), so a run killed at any point is finished by the next run, which replays a
/// journal it finds before doing anything else. Killed before the commit point, the staging
/// folder is discarded and the previous outputs are untouched. Either way no format is ever
/// left half old and half new once a run has started on the root.
struct OutputJournal: Codable, Equatable {
    static let folderName = ".gen-swap"
    static let stagingName = "staging"
    static let fileName = "journal"

    /// Paths relative to the root; each one's new bytes are at `.gen-swap/staging/<path>`.
    var moves: [String]
    /// Paths relative to the root that gen wrote before and does not write any more.
    var deletions: [String]

    static func folder(_ root: URL) -> URL { root.appendingPathComponent(folderName) }
    static func staging(_ root: URL) -> URL { folder(root).appendingPathComponent(stagingName) }
    static func location(_ root: URL) -> URL { folder(root).appendingPathComponent(fileName) }

    /// Makes the journal durable; after this returns, the swap will happen.
    func commit(root: URL) throws {
        let data = try JSONEncoder().encode(self)
        let temporary = Self.folder(root).appendingPathComponent(Self.fileName + ".tmp")
        FileManager.default.createFile(atPath: temporary.path, contents: nil)
        let handle = try FileHandle(forWritingTo: temporary)
        try handle.write(contentsOf: data)
        try handle.synchronize()
        try handle.close()
        guard rename(temporary.path, Self.location(root).path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: Self.location(root).path])
        }
    }

    /// Carries out the journal; `limit` stops after that many moves (tests simulate a kill).
    func apply(root: URL, limit: Int? = nil) throws {
        let fileManager = FileManager.default
        let staging = Self.staging(root)
        for (index, path) in moves.enumerated() {
            if let limit, index >= limit { return }
            let source = staging.appendingPathComponent(path)
            guard fileManager.fileExists(atPath: source.path) else { continue }
            let target = root.appendingPathComponent(path)
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard rename(source.path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path,
                                                               NSLocalizedDescriptionKey: "cannot move \(path) into place: \(String(cString: strerror(errno)))"])
            }
        }
        for path in deletions {
            let target = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                try fileManager.removeItem(at: target)
            }
            Self.removeEmptyParents(of: path, in: root)
        }
        try? fileManager.removeItem(at: Self.folder(root))
    }

    /// Removes the folders a deleted file leaves empty, up to (and including) its format folder.
    private static func removeEmptyParents(of path: String, in root: URL) {
        var components = path.split(separator: "/").dropLast()
        while !components.isEmpty {
            let folder = root.appendingPathComponent(components.joined(separator: "/"))
            guard (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true else { return }
            try? FileManager.default.removeItem(at: folder)
            components = components.dropLast()
        }
    }

    /// Finishes a swap an earlier run committed but did not complete, and discards what an
    /// earlier run staged without committing. Call with the exclusive lock held. Returns
    /// whether a committed swap was finished.
    @discardableResult
    static func recover(root: URL) throws -> Bool {
        let fileManager = FileManager.default
        var finished = false
        if let data = fileManager.contents(atPath: location(root).path) {
            guard let journal = try? JSONDecoder().decode(OutputJournal.self, from: data),
                  (journal.moves + journal.deletions).allSatisfy(OutputPath.isSafe) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey:
                    "\(location(root).path) is not a journal gen wrote; remove \(folder(root).path) and run gen again"])
            }
            try journal.apply(root: root)
            finished = true
        }
        if fileManager.fileExists(atPath: folder(root).path) { try fileManager.removeItem(at: folder(root)) }
        return finished
    }

    /// Whether a committed swap is waiting to be finished (for `--check`, which writes nothing).
    static func isPending(root: URL) -> Bool {
        FileManager.default.fileExists(atPath: location(root).path)
    }
}
