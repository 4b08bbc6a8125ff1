import Foundation

/// The files gen wrote into an output root, recorded in `ROOT/.gen-files` (one path per line,
/// relative to the root, e.g. `terraform/main.tf`). gen overwrites and deletes only these:
/// anything else in a format folder (a user's `terraform.tfvars`, the `.terraform.lock.hcl`
/// Terraform asks you to commit, `.terraform/`) is left alone, and `--check` ignores it.
/// Commit the record with the outputs so `--check` can tell a stale output from a user's file.
struct OwnedFiles: Equatable {
    static let fileName = ".gen-files"
    static let header = "# Files written by gen; gen deletes only these. Commit this file with the outputs."

    var paths: Set<String> = []

    static func read(root: URL) -> OwnedFiles {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(fileName).path) else { return OwnedFiles() }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return OwnedFiles(paths: Set(lines.filter { !$0.isEmpty && !$0.hasPrefix("#") && OutputPath.isSafe($0) }))
    }

    var contents: String {
        ([Self.header] + paths.sorted()).joined(separator: "\n") + "\n"
    }

    /// The recorded files of one format folder, relative to that folder.
    func files(of format: String) -> Set<String> {
        Set(paths.compactMap { $0.hasPrefix(format + "/") ? String($0.dropFirst(format.count + 1)) : nil })
    }
}

/// Relative paths gen is willing to touch under an output root.
enum OutputPath {
    /// No absolute paths, no `..` or `.` components, no empty components, no control characters.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
            && !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f }
    }
}
