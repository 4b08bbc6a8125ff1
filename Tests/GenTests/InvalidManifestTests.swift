import Foundation
import Testing

/// The corpus of invalid manifests: each case folder holds a `Deployment.swift` with one
/// mistake and `expected.txt`, the exact diagnostics `gen` must print (paths relative to the
/// case folder). `gen all` must exit 1 and write nothing.
@Suite struct InvalidManifestTests {
    static let corpus = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/invalid")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter {
            FileManager.default.fileExists(atPath: corpus.appendingPathComponent("\($0)/Deployment.swift").path)
        }.sorted()
    }

    @Test func theCorpusCoversAtLeastFortyMistakes() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func genReportsTheMistakeAndWritesNothing(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
        let output = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }

        let run = try TestSupport.runGen(["all", "--output", output.appendingPathComponent("out").path], in: folder)
        #expect(run.status == 1, "gen all exited \(run.status)")
        let reported = run.standardError.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix("Deployment.swift:") || $0.hasPrefix("note:") || $0.hasPrefix("gen:") }
            .joined(separator: "\n")
        #expect(reported + "\n" == expected, "\(name): diagnostics differ\n--- expected\n\(expected)--- reported\n\(reported)")
        #expect(expected.contains("Deployment.swift:") && expected.contains(": error: "), "every case must have a located error")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("out").path), "\(name): something was written")
        #expect(run.standardOutput.isEmpty, "\(name): gen reported writing output")
    }
}
