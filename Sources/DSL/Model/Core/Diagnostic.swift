/// A problem found in a manifest: what is wrong, where, what to do, and related places.
///
/// Rendered like a compiler's: `Deployment.swift:12:9: error: …` followed by `note:` lines.
public struct Diagnostic: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Errors stop emission; warnings are reported and emission goes on.
    public enum Severity: String, Codable, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// A related place or a hint attached to a diagnostic.
    public struct Note: Codable, Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?

        package init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var notes: [Note]

    package init(_ severity: Severity, _ message: String, at location: SourceLocation, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    /// The compiler-style text: one line for the diagnostic, one per note.
    public var description: String {
        var lines = ["\(location): \(severity.rawValue): \(message)"]
        for note in notes {
            if let at = note.location, at != .derived {
                lines.append("\(at): note: \(note.message)")
            } else {
                lines.append("note: \(note.message)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error (and emission must stop).
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Diagnostics in a stable order: by file, line, column, then message.
    public var sortedByLocation: [Diagnostic] {
        sorted {
            ($0.location.file, $0.location.line, $0.location.column, $0.message)
                < ($1.location.file, $1.location.line, $1.location.column, $1.message)
        }
    }
}
