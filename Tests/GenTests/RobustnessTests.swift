import DSL
import Emitters
import GenDriver
import Testing

/// Output must not depend on anything but the deployment, and any valid deployment must
/// resolve, validate and render to text that parses again.
@Suite struct RobustnessTests {
    @Test func declarationOrderAcrossKindsDoesNotChangeOutput() throws {
        let original = try TestSupport.load("zero-trust-keyvault")
        // The same manifest with its top-level declarations in a different order, built
        // through the DSL: kinds are collected per kind, so nothing may change.
        let reordered = Deployment("zero-trust-keyvault", resourceGroup: original.resourceGroup, region: original.region, production: true) {
            PipelineSettings(serviceConnection: original.pipeline!.serviceConnection, remoteState: original.pipeline!.remoteState)
            original.logAnalytics!
            original.applicationGateway!
            original.wafPolicies[0]
            original.publicIPs[0]
            original.privateDNSZones[0]
            original.apiManagement!
            original.keyVaults[0]
            original.identities[0]
            original.virtualNetwork!
            original.tags
        }
        let first = Generation.render(Generation.check(original).resolved, formats: OutputFormat.allCases)
        let second = Generation.render(Generation.check(reordered).resolved, formats: OutputFormat.allCases)
        for ((format, files), (_, otherFiles)) in zip(first, second) {
            #expect(files == otherFiles, "\(format.rawValue) output depends on declaration order")
        }
    }

    @Test(arguments: 0..<40)
    func randomValidDeploymentsRenderToParsableText(_ seed: Int) throws {
        let deployment = RandomDeployment.make(seed: UInt64(seed) &* 7919 &+ 17)
        let checked = Generation.check(deployment)
        let errors = checked.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "seed \(seed):\n\(errors.map(\.description).joined(separator: "\n"))")
        for (format, files) in Generation.render(checked.resolved, formats: OutputFormat.allCases) {
            for file in files {
                #expect(file.contents.hasSuffix("\n") && !file.contents.hasSuffix("\n\n\n"), "\(format.rawValue)/\(file.path) does not end with one newline")
                if file.path.hasSuffix(".json") {
                    #expect(throws: Never.self, "\(format.rawValue)/\(file.path) is not JSON") { _ = try JSONValue.parse(file.contents) }
                }
                if file.path.hasSuffix(".tf") || file.path.hasSuffix(".bicep") {
                    #expect(Self.bracketsBalance(file.contents), "\(format.rawValue)/\(file.path) has unbalanced brackets")
                }
            }
        }
    }

    @Test func theBracketCheckCanFail() {
        #expect(Self.bracketsBalance("a = { b = [\"}\"] }\nx = <<EOT\n{\nEOT\n"))
        #expect(!Self.bracketsBalance("a = { b = [1 }\n"))
        #expect(!Self.bracketsBalance("a = {\n"))
    }

    /// Brackets outside string literals and heredocs balance (a cheap structural re-parse).
    static func bracketsBalance(_ text: String) -> Bool {
        var stack: [Character] = []
        var quote: Character?
        var escaped = false
        var heredocEnd: Substring?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let end = heredocEnd {
                if line.trimmingCharacters(in: .whitespaces) == end { heredocEnd = nil }
                continue
            }
            for character in line {
                if let open = quote {
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == open { quote = nil }
                    continue
                }
                switch character {
                case "\"", "'": quote = character
                case "{", "[", "(": stack.append(character)
                case "}": if stack.popLast() != "{" { return false }
                case "]": if stack.popLast() != "[" { return false }
                case ")": if stack.popLast() != "(" { return false }
                default: break
                }
            }
            if let range = line.range(of: "<<-") ?? line.range(of: "<<"), quote == nil,
               let marker = line[range.upperBound...].split(separator: " ").first, marker.allSatisfy({ $0.isLetter }) {
                heredocEnd = marker
            }
            quote = nil
        }
        return stack.isEmpty
    }
}
