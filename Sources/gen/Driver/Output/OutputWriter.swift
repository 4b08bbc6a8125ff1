import Emitters
import Foundation

/// Writes rendered formats under the output root so they appear all at once or not at all:
/// everything is written into a hidden staging folder beside them, then each format's folder
/// is swapped in by rename. On any error the previous outputs are untouched. A format that
/// renders no files gets no folder (an empty folder would read as a checked, passing output).
struct OutputWriter {
    var root: URL

    static let stagingPrefix = ".gen-staging-"

    func write(_ rendered: [(OutputFormat, [EmittedFile])]) throws {
        let rendered = rendered.filter { !$0.1.isEmpty }
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
        removeStaleStaging()
        let staging = root.appendingPathComponent("\(Self.stagingPrefix)\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: staging)
        defer { try? fileManager.removeItem(at: staging) }
        for (format, files) in rendered {
            let folder = staging.appendingPathComponent(format.rawValue)
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                let target = folder.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: target)
            }
        }
        for (format, _) in rendered {
            let destination = root.appendingPathComponent(format.rawValue)
            let retired = staging.appendingPathComponent(".retired-\(format.rawValue)")
            if fileManager.fileExists(atPath: destination.path) {
                try fileManager.moveItem(at: destination, to: retired)
            }
            try fileManager.moveItem(at: staging.appendingPathComponent(format.rawValue), to: destination)
        }
    }

    /// Staging folders left by a run that was killed.
    private func removeStaleStaging() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for entry in entries where entry.hasPrefix(Self.stagingPrefix) {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(entry))
        }
    }
}
