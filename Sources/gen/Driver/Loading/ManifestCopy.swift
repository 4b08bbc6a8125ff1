import Foundation

/// The manifest's bytes exactly as gen read (and hashed) them, written into the run's work
/// folder and compiled from there: an edit made while a cold run compiles cannot be cached
/// under the old content's key. The copy keeps the manifest's file name; what the compiler,
/// the backtracer and `#filePath` report about the copy is mapped back to the path the user
/// gave, so diagnostics and source locations read as if the original had been compiled.
struct ManifestCopy {
    /// The path as the user gave it (`--manifest`).
    var userPath: String
    /// The absolute path of the copy.
    var path: String

    init(source: Data, userPath: String, work: URL) throws {
        self.userPath = userPath
        let name = URL(fileURLWithPath: userPath).lastPathComponent
        let folder = work.appendingPathComponent("source")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent(name.isEmpty ? "Deployment.swift" : name)
        try source.write(to: copy)
        path = copy.path
    }

    /// Compiler output with the copy's path replaced by the user's.
    func restoringUserPath(in text: String) -> String {
        text.replacingOccurrences(of: path, with: userPath)
    }

    /// The envelope's JSON with every source location in the copy moved to the user's path.
    func restoringUserPath(inEnvelope data: Data) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let from = try? encoder.encode(path), let to = try? encoder.encode(userPath) else { return data }
        return Data(String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: String(decoding: from, as: UTF8.self), with: String(decoding: to, as: UTF8.self)).utf8)
    }
}
