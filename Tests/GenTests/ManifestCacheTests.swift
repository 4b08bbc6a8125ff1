import Foundation
@testable import GenDriver
import Testing

/// gen's cache: a damaged entry, library or module cache is rebuilt, never trusted.
@Suite struct ManifestCacheTests {
    static let manifest = TestSupport.manifestPath("learn-internal-vnet")

    static func files(under folder: URL, suffix: String) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.lastPathComponent.hasSuffix(suffix) }
    }

    @Test func damagedEntriesLibraryAndModulesAreRebuilt() throws {
        let cache = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let environment = ["GEN_CACHE_DIR": cache.path]
        let first = try TestSupport.runGen(["json", "--manifest", Self.manifest], environment: environment)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("\"file\" : \"\(Self.manifest)\""), "locations name the user's path, not gen's copy")

        // A truncated manifest entry.
        let entries = Self.files(under: cache.appendingPathComponent("manifests"), suffix: ".json")
        try #require(entries.count == 1)
        try Data(first.standardOutput.utf8.prefix(100)).write(to: entries[0])
        let afterEntry = try TestSupport.runGen(["json", "--manifest", Self.manifest], environment: environment)
        #expect(afterEntry.status == 0 && afterEntry.standardOutput == first.standardOutput, "\(afterEntry.standardError)")

        // A truncated library and random bytes in every precompiled module.
        let libraries = Self.files(under: cache.appendingPathComponent("libraries"), suffix: ".so")
        try #require(libraries.count == 1)
        let handle = try FileHandle(forWritingTo: libraries[0])
        try handle.truncate(atOffset: 4096)
        try handle.close()
        for module in Self.files(under: cache.appendingPathComponent("module-cache"), suffix: ".pcm") {
            try Data((0..<2048).map { _ in UInt8.random(in: 0...255) }).write(to: module)
        }
        try FileManager.default.removeItem(at: cache.appendingPathComponent("manifests"))
        let afterLibrary = try TestSupport.runGen(["json", "--manifest", Self.manifest], environment: environment)
        #expect(afterLibrary.status == 0 && afterLibrary.standardOutput == first.standardOutput, "\(afterLibrary.standardError)")
        #expect(ManifestCache.isIntact(library: libraries[0].path))
    }

    @Test func theCopyMapsCompilerOutputAndLocationsBackToTheUsersPath() throws {
        let work = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = try ManifestCopy(source: Data("let x = 1\n".utf8), userPath: "Samples/a \"b\"/Deployment.swift", work: work)
        #expect(FileManager.default.contents(atPath: copy.path) == Data("let x = 1\n".utf8))
        #expect(copy.path.hasSuffix("/Deployment.swift") && copy.path.hasPrefix(work.path))
        #expect(copy.restoringUserPath(in: "\(copy.path):3:5: error: x") == "Samples/a \"b\"/Deployment.swift:3:5: error: x")
        let envelope = Data("{\"file\":\"\(copy.path)\",\"line\":3}".utf8)
        #expect(String(decoding: copy.restoringUserPath(inEnvelope: envelope), as: UTF8.self) == "{\"file\":\"Samples/a \\\"b\\\"/Deployment.swift\",\"line\":3}")
    }
}
