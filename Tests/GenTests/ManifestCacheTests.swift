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

    /// The cache stays bounded: the least recently used manifests go beyond the limit, and old
    /// DSL libraries go once newer ones exist and a day has passed; a hit counts as a use.
    @Test func evictionDropsTheLeastRecentlyUsed() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ManifestCache(environment: ["GEN_CACHE_DIR": folder.path])
        let files = FileManager.default
        let manifests = folder.appendingPathComponent("manifests"), libraries = folder.appendingPathComponent("libraries")
        try files.createDirectory(at: manifests, withIntermediateDirectories: true)
        let now = Date()
        let extra = 5
        for index in 0..<(ManifestCache.maximumManifests + extra) {
            let url = manifests.appendingPathComponent("entry-\(index).json")
            try Data("{}".utf8).write(to: url)
            // entry-0 is the oldest.
            try files.setAttributes([.modificationDate: now.addingTimeInterval(Double(index - 2_000))], ofItemAtPath: url.path)
        }
        _ = cache.lookup("entry-0")
        for index in 0..<6 {
            let library = libraries.appendingPathComponent("build-\(index)")
            try files.createDirectory(at: library, withIntermediateDirectories: true)
            try files.setAttributes([.modificationDate: now.addingTimeInterval(Double(-86_400 * (10 - index)))], ofItemAtPath: library.path)
        }
        cache.evict(now: now)
        let left = Set(try files.contentsOfDirectory(atPath: manifests.path))
        #expect(left.count == ManifestCache.maximumManifests)
        #expect(left.contains("entry-0.json"), "a hit made the oldest entry the newest")
        #expect(!left.contains("entry-1.json") && !left.contains("entry-5.json") && left.contains("entry-6.json"))
        #expect(try files.contentsOfDirectory(atPath: libraries.path).sorted() == ["build-2", "build-3", "build-4", "build-5"])
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
