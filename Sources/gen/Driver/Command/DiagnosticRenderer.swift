import DSL
import Foundation

/// Prints diagnostics as compilers do. DSL initializers capture `#column`, which for a call is
/// its opening parenthesis; the renderer moves such columns back to the start of the name
/// (`PublicIPAddress(` → the `P`), reading the manifest lines once.
struct DiagnosticRenderer {
    private var lines: [String: [Substring]] = [:]

    mutating func render(_ diagnostic: Diagnostic) -> String {
        var adjusted = diagnostic
        adjusted.location = pointAtName(diagnostic.location)
        adjusted.notes = diagnostic.notes.map { note in
            var note = note
            note.location = note.location.map { pointAtName($0) }
            return note
        }
        return adjusted.description
    }

    private mutating func pointAtName(_ location: SourceLocation) -> SourceLocation {
        if lines[location.file] == nil {
            let text = (try? String(contentsOfFile: location.file, encoding: .utf8)) ?? ""
            lines[location.file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let fileLines = lines[location.file], location.line >= 1, location.line <= fileLines.count else { return location }
        let line = Array(fileLines[location.line - 1])
        var index = location.column - 1
        guard index >= 1, index < line.count, line[index] == "(" else { return location }
        while index > 0, line[index - 1].isLetter || line[index - 1].isNumber || line[index - 1] == "_" || line[index - 1] == "." {
            index -= 1
        }
        var moved = location
        moved.column = index + 1
        return moved
    }
}
