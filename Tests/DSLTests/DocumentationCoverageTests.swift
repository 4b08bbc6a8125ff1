import Foundation
import Testing

/// Every `public` declaration of the DSL's builders (what a manifest author calls) carries a
/// `///` comment, and every initializer, static function, struct, enum and typealias shows a
/// ```` ```swift ```` example: Xcode's Quick Help and SourceKit-LSP are the reference a manifest
/// author reads while typing.
@Suite struct DocumentationCoverageTests {
    /// `Sources/DSL/Builders`, found from this file: two folders up from `Tests/DSLTests` is the
    /// package root.
    static let buildersFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Tests/DSLTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // the package root
        .appendingPathComponent("Sources/DSL/Builders", isDirectory: true)

    /// The findings of every `.swift` file under the builders folder, in path order.
    static func scanBuilders() throws -> (files: Int, declarations: Int, findings: [DocumentationFinding]) {
        let folder = buildersFolder.standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
        }
        let files = enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
        var declarations = 0
        var findings: [DocumentationFinding] = []
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            let relative = "Sources/DSL/Builders/" + file.standardizedFileURL.path.dropFirst(folder.path.count).drop { $0 == "/" }
            let scan = DocumentationScanner.scan(source, file: relative)
            declarations += scan.declarations
            findings += scan.findings
        }
        return (files.count, declarations, findings)
    }

    @Test func everyPublicBuilderDeclarationHasADocComment() throws {
        let scan = try Self.scanBuilders()
        // A wrong folder would pass vacuously: the builders hold well over a hundred declarations.
        try #require(scan.files > 10, "found only \(scan.files) Swift files under \(Self.buildersFolder.path)")
        try #require(scan.declarations > 100, "found only \(scan.declarations) public declarations under \(Self.buildersFolder.path)")
        let undocumented = scan.findings.filter { $0.problem == .noDocComment }
        #expect(undocumented.isEmpty, """
            \(undocumented.count) public declaration(s) without a /// comment directly above:
            \(undocumented.map(\.description).joined(separator: "\n"))
            """)
    }

    @Test func initializersTypesAndStaticFunctionsShowAnExample() throws {
        let scan = try Self.scanBuilders()
        try #require(scan.declarations > 100, "found only \(scan.declarations) public declarations under \(Self.buildersFolder.path)")
        let withoutExample = scan.findings.filter { $0.problem == .noExample }
        #expect(withoutExample.isEmpty, """
            \(withoutExample.count) public init, static func, struct, enum or typealias without a ``` example in its doc comment:
            \(withoutExample.map(\.description).joined(separator: "\n"))
            """)
    }

    /// The scanner itself: what it reports, and what it lets through.
    @Test func theScannerReportsMissingCommentsAndExamples() {
        let source = """
            /// Documented, with an example.
            ///
            /// ```swift
            /// Thing()
            /// ```
            public struct Thing {
                public let undocumented: Int

                /// Documented but without an example.
                @inlinable
                public init() { undocumented = 0 }

                /// A property needs no example.
                public var documented: Int { 1 }

                public func apply(to thing: inout Thing) {}
            }

            /// An enum without an example.
            public enum Choice {
                /// Documented case.
                case one
                case two(String)
            }

            enum Internal {
                case ignored
            }

            func internalFunction(_ choice: Choice) -> Int {
                switch choice {
                case .one: 1
                case let .two(text): text.count
                }
            }
            """
        let scan = DocumentationScanner.scan(source, file: "Sample.swift")
        #expect(scan.declarations == 8)
        #expect(scan.findings.map(\.description) == [
            "Sample.swift:7: no /// comment: public let undocumented: Int",
            "Sample.swift:11: no ``` example: public init() { undocumented = 0 }",
            "Sample.swift:16: no /// comment: public func apply(to thing: inout Thing) {}",
            "Sample.swift:20: no ``` example: public enum Choice {",
            "Sample.swift:23: no /// comment: case two(String)",
        ])
    }
}

/// One declaration the documentation rules reject.
struct DocumentationFinding: CustomStringConvertible {
    enum Problem { case noDocComment, noExample }

    var file: String
    var line: Int
    var declaration: String
    var problem: Problem

    var description: String {
        "\(file):\(line): \(problem == .noDocComment ? "no /// comment" : "no ``` example"): \(declaration)"
    }
}

/// Finds public declarations line by line, as the builders are formatted: one declaration per
/// line, attributes (`@resultBuilder`, `@inlinable`) on the lines above or before `public`.
enum DocumentationScanner {
    /// Declarations whose doc comment must show an example: what a manifest calls or names.
    private static let kindsNeedingExample = ["init(", "init?(", "init<", "static func ", "struct ", "enum ", "indirect enum ", "typealias "]

    static func scan(_ source: String, file: String) -> (declarations: Int, findings: [DocumentationFinding]) {
        let lines = source.components(separatedBy: "\n")
        var declarations = 0
        var findings: [DocumentationFinding] = []
        for (index, line) in lines.enumerated() {
            let text = withoutLeadingAttributes(line.trimmingCharacters(in: .whitespaces))
            let isPublic = text.hasPrefix("public ")
            guard isPublic || isCaseOfPublicEnum(at: index, in: lines) else { continue }
            declarations += 1
            let doc = docComment(above: index, in: lines)
            if doc.isEmpty {
                findings.append(DocumentationFinding(file: file, line: index + 1, declaration: text, problem: .noDocComment))
                continue
            }
            guard isPublic else { continue }
            var kind = Substring(text.dropFirst("public ".count))
            for modifier in ["final ", "nonisolated "] where kind.hasPrefix(modifier) { kind = kind.dropFirst(modifier.count) }
            if kindsNeedingExample.contains(where: { kind.hasPrefix($0) }) && !doc.contains(where: { $0.hasPrefix("/// ```") }) {
                findings.append(DocumentationFinding(file: file, line: index + 1, declaration: text, problem: .noExample))
            }
        }
        return (declarations, findings)
    }

    /// The `///` lines directly above `index`, skipping attribute lines; empty when there are none.
    static func docComment(above index: Int, in lines: [String]) -> [String] {
        var cursor = index - 1
        while cursor >= 0, lines[cursor].trimmingCharacters(in: .whitespaces).hasPrefix("@") { cursor -= 1 }
        var doc: [String] = []
        while cursor >= 0 {
            let text = lines[cursor].trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("///") else { break }
            doc.insert(text, at: 0)
            cursor -= 1
        }
        return doc
    }

    /// `case name…` on its own line (not a `switch` pattern, which ends in `:` or starts with
    /// `.`), directly inside a `public enum`: the first less indented line above declares it.
    static func isCaseOfPublicEnum(at index: Int, in lines: [String]) -> Bool {
        let line = lines[index]
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("case "), let first = text.dropFirst(5).first, first.isLetter || first == "`", !text.hasSuffix(":") else { return false }
        let indent = line.prefix { $0 == " " }.count
        for above in lines[..<index].reversed() {
            let aboveText = above.trimmingCharacters(in: .whitespaces)
            guard !aboveText.isEmpty, above.prefix(while: { $0 == " " }).count < indent else { continue }
            if aboveText.hasPrefix("///") || aboveText.hasPrefix("//") || aboveText.hasPrefix("@") { continue }
            let declaration = withoutLeadingAttributes(aboveText)
            return declaration.hasPrefix("public enum ") || declaration.hasPrefix("public indirect enum ")
        }
        return false
    }

    /// `@inlinable public static func …` → `public static func …`; an attribute's arguments
    /// (`@available(macOS 13, *)`) go with it.
    static func withoutLeadingAttributes(_ text: String) -> String {
        var rest = Substring(text)
        while rest.hasPrefix("@") {
            var end = rest.firstIndex { $0 == " " || $0 == "(" } ?? rest.endIndex
            if end < rest.endIndex, rest[end] == "(" {
                var depth = 0
                while end < rest.endIndex {
                    if rest[end] == "(" { depth += 1 } else if rest[end] == ")" { depth -= 1 }
                    end = rest.index(after: end)
                    if depth == 0 { break }
                }
            }
            guard end < rest.endIndex else { break }
            rest = rest[end...].drop { $0 == " " }
        }
        return String(rest)
    }
}
