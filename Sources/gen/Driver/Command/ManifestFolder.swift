import Foundation

/// The manifest's folder as a relative path from the output root, which the formats use to
/// reach the files the manifest names (`ResolvedDeployment.manifestFolder`).
enum ManifestFolder {
    /// `--manifest Deployment.swift --output out` → `..`; `--manifest Samples/learn/Deployment.swift
    /// --output out/learn` → `../../Samples/learn`. Symbolic links are not followed, so the path
    /// is the one the user's layout shows.
    static func relative(manifest: String, output: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let folder = components(absolute(manifest, currentDirectory)).dropLast()
        let root = components(absolute(output, currentDirectory))
        var common = 0
        while common < folder.count, common < root.count, folder[common] == root[common] { common += 1 }
        let up = Array(repeating: "..", count: root.count - common)
        let down = folder.dropFirst(common)
        let parts = up + down
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    private static func absolute(_ path: String, _ currentDirectory: String) -> String {
        path.hasPrefix("/") ? path : currentDirectory + "/" + path
    }

    /// Path components with `.` dropped and `..` applied.
    private static func components(_ path: String) -> [String] {
        var parts: [String] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else { parts.append(String(part)) }
        }
        return parts
    }
}
