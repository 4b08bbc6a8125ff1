import Emitters
import Foundation

/// Adds `architecture.svg` to the `diagram` format when Graphviz `dot` is on the PATH. Emitters
/// are pure, so rendering the DOT text is a driver step, done before the staged write so the
/// SVG appears together with the other files. It is never required: without `dot`, or when
/// `dot` fails, the format is written without it. The SVG is not part of golden files and
/// `--check` ignores it, since its bytes depend on the installed Graphviz.
enum DiagramRenderer {
    static let svgPath = "architecture.svg"
    static let dotPath = "architecture.dot"

    /// The rendered formats with the SVG added, and a note to print when it could not be made.
    static func addingSVG(to rendered: [(OutputFormat, [EmittedFile])], environment: [String: String]) -> (rendered: [(OutputFormat, [EmittedFile])], note: String?) {
        guard let index = rendered.firstIndex(where: { $0.0 == .diagram }),
              let dot = rendered[index].1.first(where: { $0.path == dotPath }) else { return (rendered, nil) }
        guard let executable = graphviz(environment) else { return (rendered, nil) }
        do {
            let svg = try render(dot.contents, with: executable)
            var result = rendered
            result[index].1 = (result[index].1 + [EmittedFile(path: svgPath, contents: svg)]).sorted()
            return (result, nil)
        } catch {
            return (rendered, "note: \(executable) could not render \(dotPath) (\(error)); wrote the diagram without \(svgPath)")
        }
    }

    /// `dot` on the PATH, if any.
    static func graphviz(_ environment: [String: String]) -> String? {
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct RenderError: Error, CustomStringConvertible {
        var description: String
    }

    static func render(_ dot: String, with executable: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gen-dot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(dotPath)
        try Data(dot.utf8).write(to: input)
        let outcome = try ProcessRunner.run(executable, ["-Tsvg", input.path], timeout: 60)
        guard outcome.status == 0, !outcome.timedOut, !outcome.standardOutput.isEmpty else {
            throw RenderError(description: outcome.standardError.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return outcome.standardOutput
    }
}
