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

    /// Above this size of DOT text (about 600 APIs) the SVG is skipped with a note: `dot`'s
    /// layout grows faster than linearly (issue 23 measured 1.45 s at 1000 APIs, 17.3 s at
    /// 3000) and a diagram that large is not read at page width anyway.
    static let maximumDOTBytes = 256 << 10

    /// The SVG being rendered while the other formats are: started from the diagram format's
    /// files, finished (waited for and added) once every format is rendered.
    final class Pending: @unchecked Sendable {
        private let lock = NSLock()
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<String, Error>?
        private var started = false
        private var skipped: String?
        private var executable = ""

        /// Starts `dot` on the diagram's DOT text, if there is one, `dot` is installed and the
        /// diagram is small enough; returns at once.
        init(start rendered: [(OutputFormat, [EmittedFile])], environment: [String: String]) {
            guard let dot = rendered.first(where: { $0.0 == .diagram })?.1.first(where: { $0.path == dotPath }),
                  let executable = graphviz(environment) else { return }
            guard dot.contents.utf8.count <= maximumDOTBytes else {
                skipped = "note: \(dotPath) is \(dot.contents.utf8.count / 1024) KB, too large to lay out quickly; wrote the diagram without \(svgPath) (render it with: dot -Tsvg \(dotPath))"
                return
            }
            self.executable = executable
            started = true
            let text = dot.contents
            DispatchQueue.global().async {
                let outcome = Result { try render(text, with: executable) }
                self.lock.lock()
                self.result = outcome
                self.lock.unlock()
                self.done.signal()
            }
        }

        /// `rendered` with the SVG added to the diagram format, and the note to print when it
        /// was skipped or could not be made.
        func finish(_ rendered: [(OutputFormat, [EmittedFile])]) -> (rendered: [(OutputFormat, [EmittedFile])], note: String?) {
            guard started else { return (rendered, skipped) }
            done.wait()
            lock.lock()
            let outcome = result
            lock.unlock()
            guard let index = rendered.firstIndex(where: { $0.0 == .diagram }) else { return (rendered, nil) }
            switch outcome {
            case .success(let svg)?:
                var result = rendered
                result[index].1 = (result[index].1 + [EmittedFile(path: svgPath, contents: svg)]).sorted()
                return (result, nil)
            case .failure(let error)?:
                return (rendered, "note: \(executable) could not render \(dotPath) (\(error)); wrote the diagram without \(svgPath)")
            case nil:
                return (rendered, nil)
            }
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
