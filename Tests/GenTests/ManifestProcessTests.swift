import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The manifest runs as a child process gen controls: a minimal environment, a time limit that
/// ends everything it started, and a cap on what it prints.
@Suite struct ManifestProcessTests {
    /// A manifest whose `prelude` runs before it declares a small valid deployment named `name`.
    static func manifest(prelude: String, name: String = "\"probe\"") -> String {
        """
        import DSL
        import Foundation

        \(prelude)

        let deployment = Deployment(\(name), resourceGroup: "rg-probe", region: "West US") {
            PublicIPAddress("pip-probe")
        }
        """
    }

    static func write(_ source: String) throws -> URL {
        let folder = try TestSupport.temporaryDirectory()
        try source.write(to: folder.appendingPathComponent("Deployment.swift"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func secretsInGensEnvironmentDoNotReachTheManifest() throws {
        let folder = try Self.write(Self.manifest(prelude: "", name: "ProcessInfo.processInfo.environment[\"ARM_CLIENT_SECRET\"] ?? \"no-secret\""))
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try TestSupport.runGen(["json"], in: folder, environment: ["ARM_CLIENT_SECRET": "s3cret-value", "GEN_CACHE_DIR": folder.appendingPathComponent("cache").path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("\"no-secret\""))
        #expect(!run.standardOutput.contains("s3cret-value"))
    }

    @Test func theTimeLimitEndsTheManifestAndEverythingItStarted() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("child.pid").path
        let source = Self.manifest(prelude: """
            signal(SIGTERM, SIG_IGN)
            _ = system("sleep 600 & echo $! > '\(pidFile)'")
            while true { sleep(1) }
            """)
        try source.write(to: folder.appendingPathComponent("Deployment.swift"), atomically: true, encoding: .utf8)
        let temporary = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)

        let started = Date()
        let run = try TestSupport.runGen(["validate"], in: folder, environment: [
            "GEN_MANIFEST_TIMEOUT": "2", "TMPDIR": temporary.path, "GEN_CACHE_DIR": folder.appendingPathComponent("cache").path,
        ])
        #expect(run.status == 1)
        #expect(run.standardError.contains("Deployment.swift:1:1: error: the manifest did not finish within 2 seconds and was stopped"), "\(run.standardError)")
        #expect(Date().timeIntervalSince(started) < 50, "SIGTERM was ignored, so SIGKILL must follow the grace period")

        let child = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        var alive = true
        for _ in 0..<100 where alive {
            alive = kill(child, 0) == 0 && !Self.isZombie(child)
            if alive { usleep(20_000) }
        }
        if alive { kill(child, SIGKILL) }
        #expect(!alive, "the manifest's child \(child) outlived the time limit")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("gen-manifest-") }
        #expect(leftovers.isEmpty, "temporary folders left: \(leftovers)")
    }

    @Test func whatTheManifestPrintsIsCapped() throws {
        let folder = try Self.write(Self.manifest(prelude: "let line = String(repeating: \"x\", count: 4096)\nwhile true { print(line) }"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try TestSupport.runGen(["validate"], in: folder, environment: ["GEN_CACHE_DIR": folder.appendingPathComponent("cache").path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("error: the manifest printed more than 4 MB and was stopped"), "\(run.standardError.prefix(2000))")
    }

    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(close, offsetBy: 2)] == "Z"
    }
}
