import Foundation
import Testing

/// Several `gen` processes writing one output root at once: each run's formats are complete.
@Suite struct ConcurrentRunsTests {
    @Test func parallelTerraformAndPoliciesRunsLeaveBothFormatsComplete() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out").path
        let manifest = TestSupport.manifestPath("policy-showcase")
        // Warm the manifest cache so the runs overlap on writing, not on compiling.
        #expect(try TestSupport.runGen(["json", "--manifest", manifest]).status == 0)

        let runs = 12
        let results = RunResults()
        DispatchQueue.concurrentPerform(iterations: runs) { index in
            let format = index.isMultiple(of: 2) ? "terraform" : "policies"
            let run = try? TestSupport.runGen([format, "--manifest", manifest, "--output", output])
            results.add(run?.status ?? -1, run?.standardError ?? "did not start")
        }
        #expect(results.statuses == Array(repeating: 0, count: runs), "\(results.errors)")
        for format in ["terraform", "policies"] {
            let expected = GoldenTests.listFiles(in: TestSupport.goldensRoot.appendingPathComponent("policy-showcase/\(format)"))
            let written = GoldenTests.listFiles(in: URL(fileURLWithPath: output).appendingPathComponent(format))
            #expect(written == expected, "\(format): \(written.count) of \(expected.count) files")
            let check = try TestSupport.runGen([format, "--check", "--manifest", manifest, "--output", output])
            #expect(check.status == 0, "\(check.standardError)")
        }
    }
}

private final class RunResults: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(Int32, String)] = []
    func add(_ status: Int32, _ error: String) { lock.lock(); items.append((status, error)); lock.unlock() }
    var statuses: [Int32] { lock.lock(); defer { lock.unlock() }; return items.map(\.0) }
    var errors: String { lock.lock(); defer { lock.unlock() }; return items.map(\.1).joined(separator: "\n") }
}
