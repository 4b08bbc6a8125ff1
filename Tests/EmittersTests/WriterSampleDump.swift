import Foundation

/// Writes hand-written expected documents to `$EMITTERS_SAMPLE_DIR/<name>` (when set) so the
/// conformance checkers can be run on exactly the text the writer tests expect.
enum WriterSampleDump {
    static func write(_ name: String, _ text: String) {
        guard let dir = ProcessInfo.processInfo.environment["EMITTERS_SAMPLE_DIR"] else { return }
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
    }
}
