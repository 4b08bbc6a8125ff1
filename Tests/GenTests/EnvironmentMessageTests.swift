import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// When the machine, not the manifest, is the problem, gen says which folder or file and why.
@Suite struct EnvironmentMessageTests {
    static let manifest = TestSupport.manifestPath("learn-internal-vnet")

    @Test func aCacheFolderGenCannotWriteIsNamed() throws {
        let run = try TestSupport.runGen(["validate", "--manifest", Self.manifest], environment: ["GEN_CACHE_DIR": "/dev/null/gen-cache"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("error: cannot write gen's cache /dev/null/gen-cache: /dev/null is a file, not a folder"), "\(run.standardError)")
    }

    @Test func aTemporaryFolderGenCannotWriteIsNamed() throws {
        let cache = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let run = try TestSupport.runGen(["validate", "--manifest", Self.manifest], environment: ["GEN_CACHE_DIR": cache.path, "TMPDIR": "/dev/null/tmp"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("error: cannot build the manifest in the temporary folder /dev/null/tmp: /dev/null is a file, not a folder"), "\(run.standardError)")
    }

    @Test func anOutputFolderGenCannotWriteIsNamed() throws {
        let run = try TestSupport.runGen(["terraform", "--manifest", Self.manifest, "--output", "/dev/null/out"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("error: cannot write /dev/null/out: /dev/null is a file, not a folder"), "\(run.standardError)")
    }

    @Test func aFolderIsNotAManifest() throws {
        let run = try TestSupport.runGen(["validate", "--manifest", "Samples"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("error: Samples is a folder; pass --manifest PATH to a Deployment.swift"), "\(run.standardError)")
    }

    /// Root reads any file, so this can only be shown as another user.
    @Test(.enabled(if: geteuid() != 0, "root can read a mode-000 file"))
    func anUnreadableManifestIsPermissionDeniedNotMissing() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("Deployment.swift")
        try "import DSL\n".write(to: manifest, atomically: true, encoding: .utf8)
        chmod(manifest.path, 0)
        let run = try TestSupport.runGen(["validate"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("error: cannot read the manifest Deployment.swift: Permission denied"), "\(run.standardError)")
    }
}
