import DSL
import Emitters
import Foundation
import GenDriver
import Testing

/// Every format of every sample is compared file-set-wise with `Goldens/<sample>/<format>/`.
/// `UPDATE_GOLDENS=1 swift test` rewrites them and fails on purpose, so CI never passes while
/// recording. Review recorded files before committing them.
@Suite struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1"

    @Test(arguments: TestSupport.sampleNames)
    func sampleMatchesGoldens(_ sample: String) throws {
        let checked = Generation.check(try TestSupport.load(sample))
        #expect(!checked.diagnostics.hasErrors, "\(sample) has errors:\n\(checked.diagnostics.map(\.description).joined(separator: "\n"))")
        for (format, files) in Generation.render(checked.resolved, formats: OutputFormat.allCases) {
            let folder = TestSupport.goldensRoot.appendingPathComponent("\(sample)/\(format.rawValue)")
            if Self.recording {
                try record(files, in: folder)
                Issue.record("recorded goldens for \(sample)/\(format.rawValue); review them and run again without UPDATE_GOLDENS")
            } else {
                compare(files, with: folder, label: "\(sample)/\(format.rawValue)")
            }
        }
    }

    @Test(arguments: TestSupport.sampleNames)
    func renderingIsDeterministic(_ sample: String) throws {
        let deployment = try TestSupport.load(sample)
        let first = Generation.render(Generation.check(deployment).resolved, formats: OutputFormat.allCases)
        let second = Generation.render(Generation.check(deployment).resolved, formats: OutputFormat.allCases)
        #expect(first.map(\.1) == second.map(\.1))
    }

    private func record(_ files: [EmittedFile], in folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        for file in files {
            let target = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: target)
        }
    }

    private func compare(_ files: [EmittedFile], with folder: URL, label: String) {
        let onDisk = Set(Self.listFiles(in: folder))
        let emitted = Set(files.map(\.path))
        for missing in onDisk.subtracting(emitted).sorted() {
            Issue.record("\(label): golden file \(missing) is no longer generated")
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file.path).path) else {
                Issue.record("\(label): \(file.path) is generated but has no golden file (record with UPDATE_GOLDENS=1)")
                continue
            }
            let golden = String(decoding: data, as: UTF8.self)
            if golden != file.contents {
                Issue.record("\(label): \(file.path) differs from its golden file\n\(UnifiedDiff.render(old: golden, new: file.contents, oldName: "golden \(file.path)", newName: "rendered \(file.path)"))")
            }
        }
    }

    static func listFiles(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
