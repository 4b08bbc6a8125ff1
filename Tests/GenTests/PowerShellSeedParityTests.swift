import Emitters
import Foundation
import GenDriver
import Testing

/// Seed parity: every Az cmdlet invocation of the Microsoft Learn walkthrough (seed 000) appears
/// in the Learn sample's generated `deploy.ps1` with at least the article's parameters.
///
/// The one deliberate exception is `ConvertTo-SecureString -String … -AsPlainText -Force`: the
/// article turns literal passwords into secure strings; the script takes `[SecureString]`
/// parameters instead, so no password is ever written in it. It is not an Az cmdlet, so it is
/// outside the 54 invocations compared, and the script must not contain it at all.
///
/// One replacement is deliberate too: the article's inline WAF configuration
/// (`New-AzApplicationGatewayWebApplicationFirewallConfiguration`, passed as
/// `-WebApplicationFirewallConfig`) retires on 15 March 2027, so the script creates a WAF policy
/// with the same mode, rule set and disabled rules and passes it as `-FirewallPolicy`.
@Suite struct PowerShellSeedParityTests {
    static let seed = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/seeds/000_5799eeff7c553762.txt")

    /// The article's spellings that the Az cmdlet catalog resolves to another name
    /// (reference/az-powershell/cmdlets.json): cmdlet aliases, a parameter alias and an
    /// unambiguous parameter prefix. The script writes the canonical names.
    static let canonicalCmdlets = [
        "select-azsubscription": "set-azcontext",  // alias of Set-AzContext (Az.Accounts)
        "new-azapplicationgatewaybackendhttpsettings": "new-azapplicationgatewaybackendhttpsetting",  // alias
    ]
    static let canonicalParameters = [
        "privatednsrecords": "privatednsrecord",  // New-AzPrivateDnsRecordSet: alias
        "webapplicationfirewallconfig": "firewallpolicy",  // New-AzApplicationGateway: the policy replaces the inline configuration
    ]
    /// Seed cmdlets the script replaces, with the cmdlet it must invoke instead.
    static let replacedCmdlets = [
        "new-azapplicationgatewaywebapplicationfirewallconfiguration": "new-azapplicationgatewayfirewallpolicy",
    ]

    static func canonical(_ invocation: CmdletInvocation) -> (cmdlet: String, parameters: Set<String>) {
        let cmdlet = invocation.cmdlet.lowercased()
        return (canonicalCmdlets[cmdlet] ?? cmdlet,
                Set(invocation.parameters.map { canonicalParameters[$0.lowercased()] ?? $0.lowercased() }))
    }

    /// The seed invocations that no invocation of the script covers, each with what is missing.
    static func missing(seed: String, script: String) -> [String] {
        let generated = CmdletInvocation.azInvocations(in: script).map(canonical)
        return CmdletInvocation.azInvocations(in: seed).compactMap { invocation in
            let wanted = canonical(invocation)
            if let substitute = replacedCmdlets[wanted.cmdlet] {
                return generated.contains { $0.cmdlet == substitute } ? nil : "\(invocation.cmdlet) is replaced, but \(substitute) is never invoked"
            }
            let candidates = generated.filter { $0.cmdlet == wanted.cmdlet }
            if candidates.isEmpty { return "\(invocation.cmdlet) is never invoked" }
            if candidates.contains(where: { wanted.parameters.isSubset(of: $0.parameters) }) { return nil }
            let closest = candidates.min { wanted.parameters.subtracting($0.parameters).count < wanted.parameters.subtracting($1.parameters).count }!
            return "\(invocation): missing -\(wanted.parameters.subtracting(closest.parameters).sorted().joined(separator: ", -"))"
        }
    }

    static func learnScript() throws -> String {
        let resolved = Generation.check(try TestSupport.load("learn-internal-vnet")).resolved
        let files = PowerShellEmitter().emit(resolved)
        return try #require(files.first { $0.path == "deploy.ps1" }).contents
    }

    @Test func theSeedHasTheFiftyFourAzInvocations() throws {
        let text = try String(contentsOf: Self.seed, encoding: .utf8)
        #expect(CmdletInvocation.azInvocations(in: text).count == 54)
    }

    @Test func everySeedInvocationIsInTheLearnScript() throws {
        let seed = try String(contentsOf: Self.seed, encoding: .utf8)
        let missing = Self.missing(seed: seed, script: try Self.learnScript())
        #expect(missing.isEmpty, "\(missing.joined(separator: "\n"))")
    }

    @Test func passwordsArriveAsSecureStringsNeverAsPlainText() throws {
        let script = try Self.learnScript()
        #expect(!script.contains("ConvertTo-SecureString"))
        #expect(!script.contains("AsPlainText"))
        #expect(script.contains("[SecureString]$GatewayCertPfxPassword"))
    }

    @Test func aDroppedParameterOrCmdletIsReported() throws {
        let seed = try String(contentsOf: Self.seed, encoding: .utf8)
        let script = try Self.learnScript()
        let withoutSNI = script.replacingOccurrences(of: " `\n    -RequireServerNameIndication true", with: "")
        #expect(Self.missing(seed: seed, script: withoutSNI).count == 3)
        #expect(Self.missing(seed: seed, script: withoutSNI).first?.hasSuffix("missing -requireservernameindication") == true)
        let withoutHealth = script.replacingOccurrences(of: "Get-AzApplicationGatewayBackendHealth", with: "Get-Health")
        #expect(Self.missing(seed: seed, script: withoutHealth) == ["Get-AzApplicationGatewayBackendHealth is never invoked"])
    }

    @Test func nestedInvocationsAndContinuationsAreSeparated() {
        let text = """
            $x = New-AzA -Name 'a' `
                -Items @(
                    New-AzB -Inner 1 `
                        -Deep (New-AzC -Leaf $y)
                ) `
                -Last
            # New-AzD -Commented
            Get-AzE -P "it's -NotAParameter" | Set-AzF
            """
        #expect(CmdletInvocation.azInvocations(in: text).map(\.description) == [
            "New-AzA -Name -Items -Last", "New-AzB -Inner -Deep", "New-AzC -Leaf", "Get-AzE -P", "Set-AzF",
        ])
    }
}
