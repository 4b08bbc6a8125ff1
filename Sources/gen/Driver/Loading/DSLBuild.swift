import Foundation

/// The built `DSL` module a manifest compiles against: its `.swiftmodule` folder and object
/// files, found in the build folder `gen` itself was built into (or `$GEN_DSL_PATH`).
struct DSLBuild: Sendable {
    /// Folder holding `Modules/DSL.swiftmodule` and `DSL.build/`.
    var directory: URL
    var objectFiles: [String]

    var modulesDirectory: String { directory.appendingPathComponent("Modules").path }

    static func locate(environment: [String: String]) throws -> DSLBuild {
        let directory: URL
        if let explicit = environment["GEN_DSL_PATH"] {
            directory = URL(fileURLWithPath: explicit)
        } else {
            let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            directory = executable.deletingLastPathComponent()
        }
        let module = directory.appendingPathComponent("Modules/DSL.swiftmodule").path
        let fileMap = directory.appendingPathComponent("DSL.build/output-file-map.json")
        guard FileManager.default.fileExists(atPath: module), let data = try? Data(contentsOf: fileMap) else {
            throw GenError.environment("""
                the DSL module is not built next to gen (looked in \(directory.path)); run `swift build` in the gen package, \
                or set GEN_DSL_PATH to the build folder that holds Modules/DSL.swiftmodule
                """)
        }
        guard let map = try? JSONSerialization.jsonObject(with: data) as? [String: [String: String]] else {
            throw GenError.environment("cannot read \(fileMap.path); run `swift build` again")
        }
        // One object per source file; optimized (whole-module) builds may list a module-wide
        // object under the "" key instead, or besides per-file objects that do exist.
        let exists = { (path: String) in FileManager.default.fileExists(atPath: path) }
        let perFile = map.filter { !$0.key.isEmpty }.compactMap { $0.value["object"] }.sorted()
        let wholeModule = map[""]?["object"]
        let objects: [String]
        if !perFile.isEmpty, perFile.allSatisfy(exists) {
            objects = perFile
        } else if let wholeModule, exists(wholeModule) {
            objects = [wholeModule]
        } else {
            throw GenError.environment("the DSL object files in \(directory.path) are incomplete; run `swift build`")
        }
        return DSLBuild(directory: directory, objectFiles: objects)
    }

    /// Identifies this build of the DSL for cache keys: module and objects' sizes and times.
    var identity: String {
        let paths = [directory.appendingPathComponent("Modules/DSL.swiftmodule").path] + objectFiles
        return paths.map { path in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(path):\(size):\(modified)"
        }.joined(separator: "|")
    }
}
