import Dispatch
import Emitters
import Foundation
@testable import GenDriver
import Testing

/// The output root: one writer at a time, an all-or-nothing swap that survives a kill, and
/// only gen's own files replaced, deleted or checked.
@Suite struct OutputWriterTests {
    static func files(_ paths: [String], _ tag: String) -> [EmittedFile] {
        paths.map { EmittedFile(path: $0, contents: "\($0) \(tag)\n") }
    }

    static func read(_ root: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func keepsTheUsersFilesAndDeletesOnlyItsOwn() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = OutputWriter(root: root)
        try writer.write([(.terraform, Self.files(["main.tf", "modules/old.tf"], "v1"))])
        try Data("user\n".utf8).write(to: root.appendingPathComponent("terraform/.terraform.lock.hcl"))
        try Data("user\n".utf8).write(to: root.appendingPathComponent("terraform/terraform.tfvars"))

        try writer.write([(.terraform, Self.files(["main.tf"], "v2"))])
        #expect(Self.read(root, "terraform/main.tf") == "main.tf v2\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("terraform/modules").path), "stale file and its empty folder stay")
        #expect(Self.read(root, "terraform/.terraform.lock.hcl") == "user\n")
        #expect(Self.read(root, "terraform/terraform.tfvars") == "user\n")
        #expect(OwnedFiles.read(root: root).paths == ["terraform/main.tf"])
        #expect(!FileManager.default.fileExists(atPath: OutputJournal.folder(root).path))
    }

    /// A rerun rewrites only what changed: an unchanged file keeps its inode, a changed one
    /// gets the new bytes, and a file gen did not write (same bytes or not) is not taken over.
    @Test func onlyChangedFilesAreRewritten() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = OutputWriter(root: root)
        func inode(_ path: String) throws -> UInt64 {
            try #require((try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path))[.systemFileNumber] as? UInt64)
        }
        try writer.write([(.terraform, Self.files(["main.tf", "apim.tf"], "v1"))])
        let (main, apim) = (try inode("terraform/main.tf"), try inode("terraform/apim.tf"))
        try writer.write([(.terraform, Self.files(["main.tf"], "v1") + Self.files(["apim.tf"], "v2"))])
        #expect(try inode("terraform/main.tf") == main, "unchanged: not rewritten")
        #expect(try inode("terraform/apim.tf") != apim, "changed: replaced by rename")
        #expect(Self.read(root, "terraform/apim.tf") == "apim.tf v2\n")
        #expect(OwnedFiles.read(root: root).paths == ["terraform/apim.tf", "terraform/main.tf"])
    }

    @Test func aFormatThatRendersNothingLosesOnlyTheFilesGenWroteForIt() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = OutputWriter(root: root)
        try writer.write([(.policies, Self.files(["global.xml"], "v1")), (.terraform, Self.files(["main.tf"], "v1"))])
        try writer.write([(.policies, [])])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("policies").path))
        #expect(Self.read(root, "terraform/main.tf") == "main.tf v1\n", "a format not in the run is untouched")
        #expect(DriftReport.compare([(.policies, [])], with: root).isClean)
    }

    @Test func checkIgnoresUserFilesAndReportsStaleOwnedOnes() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try OutputWriter(root: root).write([(.terraform, Self.files(["main.tf", "old.tf"], "v1"))])
        try Data("user\n".utf8).write(to: root.appendingPathComponent("terraform/.terraform.lock.hcl"))
        let report = DriftReport.compare([(.terraform, Self.files(["main.tf"], "v1"))], with: root)
        #expect(report.extra == ["terraform/old.tf"])
        #expect(report.missing.isEmpty && report.changed.isEmpty)
    }

    @Test func aSwapKilledAfterItsCommitIsFinishedByTheNextRun() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = OutputWriter(root: root)
        try writer.write([(.terraform, Self.files(["a.tf", "b.tf"], "v1")), (.policies, Self.files(["p.xml", "q.xml"], "v1"))])
        try writer.write([(.terraform, Self.files(["a.tf", "b.tf"], "v2")), (.policies, Self.files(["p.xml"], "v2"))], interruptAfter: 1)
        #expect(Self.read(root, "terraform/b.tf") == "b.tf v1\n", "the simulated kill left the swap half done")
        #expect(OutputJournal.isPending(root: root))

        #expect(try OutputJournal.recover(root: root))
        for path in ["terraform/a.tf", "terraform/b.tf", "policies/p.xml"] {
            #expect(Self.read(root, path) == "\(path.split(separator: "/").last!) v2\n", "\(path)")
        }
        #expect(Self.read(root, "policies/q.xml") == nil)
        #expect(OwnedFiles.read(root: root).paths == ["terraform/a.tf", "terraform/b.tf", "policies/p.xml"])
        #expect(!FileManager.default.fileExists(atPath: OutputJournal.folder(root).path))
    }

    @Test func aRunKilledBeforeItsCommitLeavesThePreviousOutputs() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = OutputWriter(root: root)
        try writer.write([(.terraform, Self.files(["a.tf"], "v1"))])
        let staged = OutputJournal.staging(root).appendingPathComponent("terraform/a.tf")
        try FileManager.default.createDirectory(at: staged.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staged)
        #expect(try OutputJournal.recover(root: root) == false)
        #expect(Self.read(root, "terraform/a.tf") == "a.tf v1\n")
        #expect(!FileManager.default.fileExists(atPath: OutputJournal.folder(root).path))
    }

    @Test func aFolderInTheWayFailsBeforeAnythingChanges() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = OutputWriter(root: root)
        try writer.write([(.terraform, Self.files(["a.tf"], "v1"))])
        try FileManager.default.createDirectory(at: root.appendingPathComponent("terraform/b.tf"), withIntermediateDirectories: true)
        #expect(throws: OutputWriter.Conflict.self) {
            try writer.write([(.terraform, Self.files(["a.tf", "b.tf"], "v2"))])
        }
        #expect(Self.read(root, "terraform/a.tf") == "a.tf v1\n")
    }

    @Test func concurrentWritersInOneProcessNeverLeaveAFormatIncomplete() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let terraform = (0..<120).map { "file\($0).tf" }
        let policies = (0..<60).map { "apis/api\($0)/policy.xml" }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 24) { index in
            do {
                let writer = OutputWriter(root: root)
                if index.isMultiple(of: 2) {
                    try writer.write([(.terraform, Self.files(terraform, "run"))])
                } else {
                    try writer.write([(.policies, Self.files(policies, "run"))])
                }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(DriftReport.listFiles(in: root.appendingPathComponent("terraform")) == terraform.sorted())
        #expect(DriftReport.listFiles(in: root.appendingPathComponent("policies")) == policies.sorted())
        #expect(OwnedFiles.read(root: root).paths.count == terraform.count + policies.count)
    }
}

private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
