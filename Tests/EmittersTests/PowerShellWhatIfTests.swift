import DSL
import Testing
@testable import Emitters

/// `deploy.ps1 -WhatIf` is the PowerShell flow's plan: PowerShell hands `-WhatIf` down to every
/// cmdlet, and the in-memory configuration cmdlets that honour it return `$null`, which the next
/// cmdlet fails on. Each of them must run with `-WhatIf:$false`.
@Suite struct PowerShellWhatIfTests {
    /// The script with backtick continuations joined, one statement a line.
    static func statements(_ resolved: ResolvedDeployment) -> String {
        let script = PowerShellEmitter().emit(resolved).first { $0.path == "deploy.ps1" }?.contents ?? ""
        return script.replacingOccurrences(of: " `\n", with: " ")
    }

    /// Every invocation of `cmdlet` in `text`, up to the next cmdlet or the end of its line.
    static func invocations(of cmdlet: String, in text: String) -> [String] {
        text.components(separatedBy: cmdlet + " ").dropFirst().map { rest in
            let line = rest.prefix { $0 != "\n" }
            return String(line.components(separatedBy: "New-Az").first ?? "")
        }
    }

    @Test func inMemoryConfigurationIgnoresTheScriptsWhatIf() {
        let resolved = PipelineEmitterTests.resolve(trustedRoot: true, [ManagedIdentity("id-agw")])
        let text = Self.statements(resolved)
        var seen: Set<String> = []
        for cmdlet in InMemoryConfiguration.cmdlets {
            for invocation in Self.invocations(of: cmdlet, in: text) {
                seen.insert(cmdlet)
                #expect(invocation.contains("-WhatIf:$false"), "\(cmdlet)\(invocation)")
            }
        }
        // The fixture uses these; a renamed or dropped cmdlet must not pass silently.
        #expect(seen.isSuperset(of: [
            "New-AzApplicationGatewayBackendAddressPool", "New-AzApplicationGatewayTrustedRootCertificate",
            "New-AzApplicationGatewaySslPolicy",
        ]), "\(seen)")
        // Cmdlets that change Azure keep honouring -WhatIf.
        for cmdlet in ["New-AzApplicationGateway", "New-AzNetworkSecurityGroup", "New-AzVirtualNetwork"] {
            for invocation in Self.invocations(of: cmdlet, in: text) {
                #expect(!invocation.contains("-WhatIf:$false"), "\(cmdlet)")
            }
        }
    }
}
