/// Az cmdlets that only build a configuration object in memory, yet declare
/// `SupportsShouldProcess`: under the script's `-WhatIf` (which PowerShell hands down to every
/// cmdlet through `$WhatIfPreference`) they skip their work and return `$null`, and the next
/// cmdlet fails on it. They change nothing in Azure, so the script always runs them,
/// with `-WhatIf:$false`.
///
/// The list is the cmdlets the script uses whose reference page lists `-WhatIf` (Az 16.2.0,
/// /work/shared/reference/az-powershell/cmdlets.json `supports_should_process`) and that make
/// no request to Azure.
enum InMemoryConfiguration {
    static let cmdlets: Set<String> = [
        "New-AzApplicationGatewayAutoscaleConfiguration",
        "New-AzApplicationGatewayBackendAddressPool",
        "New-AzApplicationGatewayIdentity",
        "New-AzApplicationGatewaySslPolicy",
        "New-AzApplicationGatewayTrustedRootCertificate",
        "New-AzApplicationGatewayWebApplicationFirewallConfiguration",
    ]

    /// The invocation, with `-WhatIf:$false` when `name` honours `-WhatIf`.
    static func command(_ name: String, _ arguments: [PSArgument]) -> PSCommand {
        PSCommand(name, cmdlets.contains(name) ? arguments + [.switchValue("WhatIf", false)] : arguments)
    }
}
