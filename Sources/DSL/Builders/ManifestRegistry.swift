internal import Foundation

/// Collects the deployments a manifest declares and, when the manifest process exits, writes
/// them as a `ManifestEnvelope` to the file named by `--gen-output PATH`. Without that
/// argument (tests, previews) declaring a deployment has no side effect.
public final class ManifestRegistry: @unchecked Sendable {
    /// The process's one registry: every `Deployment(…)` the manifest evaluates registers itself
    /// here.
    public static let shared = ManifestRegistry()

    private let lock = NSLock()
    private var deployments: [Deployment] = []
    private var installed = false

    func register(_ deployment: Deployment) {
        lock.lock()
        defer { lock.unlock() }
        deployments.append(deployment)
        if !installed && CommandLine.arguments.contains("--gen-output") {
            installed = true
            atexit { ManifestRegistry.shared.writeEnvelope() }
        }
    }

    /// The envelope as `gen` reads it: deterministic, sorted keys.
    func envelopeData() throws -> Data {
        lock.lock()
        let envelope = ManifestEnvelope(deployments: deployments)
        lock.unlock()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: NonFiniteNumbers.positiveInfinity, negativeInfinity: NonFiniteNumbers.negativeInfinity, nan: NonFiniteNumbers.nan)
        return try encoder.encode(envelope)
    }

    private func writeEnvelope() {
        let arguments = CommandLine.arguments
        do {
            let data = try envelopeData()
            guard let flag = arguments.firstIndex(of: "--gen-output"), flag + 1 < arguments.count else { return }
            try data.write(to: URL(fileURLWithPath: arguments[flag + 1]), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("error: could not write the manifest's deployments: \(error)\n".utf8))
            _exit(3)
        }
    }
}
