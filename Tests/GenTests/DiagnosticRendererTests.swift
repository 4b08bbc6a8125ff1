import DSL
import Foundation
import Testing
@testable import GenDriver

@Suite struct DiagnosticRendererTests {
    @Test func columnsMoveFromTheParenthesisToTheDeclarationsName() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("Deployment.swift").path
        try "let d = Deployment(\n    PublicIPAddress(\"pip\")\n    Expose(.gateway)\n".write(toFile: file, atomically: true, encoding: .utf8)
        var renderer = DiagnosticRenderer()
        let diagnostic = Diagnostic.error("bad", at: SourceLocation(file: file, line: 2, column: 20),
                                          notes: [.init("here", at: SourceLocation(file: file, line: 1, column: 19)), .init("no location")])
        #expect(renderer.render(diagnostic) == "\(file):2:5: error: bad\n\(file):1:9: note: here\nnote: no location")
    }

    @Test func locationsThatDoNotPointAtAParenthesisStay() throws {
        var renderer = DiagnosticRenderer()
        let missing = Diagnostic.warning("w", at: SourceLocation(file: "/nonexistent/D.swift", line: 3, column: 7))
        #expect(renderer.render(missing) == "/nonexistent/D.swift:3:7: warning: w")
    }
}
