import Emitters
import Foundation
@testable import GenDriver
import Testing

/// The SVG is laid out while the other formats render, and skipped with a note when the
/// diagram is too large for `dot` to lay out quickly. A stand-in `dot` keeps the test
/// independent of Graphviz.
@Suite struct DiagramRendererTests {
    static func fakeGraphviz() throws -> (folder: URL, environment: [String: String]) {
        let folder = try TestSupport.temporaryDirectory()
        let dot = folder.appendingPathComponent("dot")
        try Data("#!/bin/sh\necho '<svg width=\"1pt\" height=\"1pt\"/>'\n".utf8).write(to: dot)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dot.path)
        return (folder, ["PATH": folder.path])
    }

    static func diagram(_ dot: String) -> [(OutputFormat, [EmittedFile])] {
        [(.diagram, [EmittedFile(path: DiagramRenderer.dotPath, contents: dot), EmittedFile(path: "architecture.mmd", contents: "flowchart TB\n")])]
    }

    @Test func theSVGIsAddedOnceRenderingFinishes() throws {
        let (folder, environment) = try Self.fakeGraphviz()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rendered = Self.diagram("digraph { a -> b }\n")
        let pending = DiagramRenderer.Pending(start: rendered, environment: environment)
        let (result, note) = pending.finish(rendered + [(.docs, [EmittedFile(path: "RUNBOOK.md", contents: "x")])])
        #expect(note == nil)
        #expect(result[0].1.map(\.path) == ["architecture.dot", "architecture.mmd", "architecture.svg"])
        #expect(result[0].1.last?.contents.hasPrefix("<svg") == true)
        #expect(result[1].0 == .docs)
    }

    @Test func aDiagramTooLargeForDotIsWrittenWithoutTheSVGAndSaysSo() throws {
        let (folder, environment) = try Self.fakeGraphviz()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rendered = Self.diagram("digraph {\n" + String(repeating: "  a -> b;\n", count: DiagramRenderer.maximumDOTBytes / 10 + 1) + "}\n")
        let (result, note) = DiagramRenderer.Pending(start: rendered, environment: environment).finish(rendered)
        #expect(result[0].1.map(\.path) == ["architecture.dot", "architecture.mmd"])
        #expect(note?.contains("too large to lay out quickly; wrote the diagram without architecture.svg") == true)
    }

    @Test func withoutDotNothingIsAddedAndNothingIsSaid() {
        let rendered = Self.diagram("digraph { a -> b }\n")
        let (result, note) = DiagramRenderer.Pending(start: rendered, environment: ["PATH": "/nonexistent"]).finish(rendered)
        #expect(result[0].1.count == 2 && note == nil)
    }
}
