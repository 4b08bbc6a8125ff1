import DSL
import Testing
@testable import Emitters

@Suite struct PowerShellEmitterTests {
    /// A gateway whose certificate comes from Key Vault (so it has an identity) or from a PFX file.
    func script(keyVaultCertificate: Bool) -> String {
        let certificate: CertificateSource = keyVaultCertificate
            ? .keyVault(vault: "kv-edge", certificate: "api", identity: "id-edge")
            : .pfx(path: "certs/api.pfx", password: .parameter("apiPfxPassword"))
        let deployment = Deployment("edge", resourceGroup: "rg-edge", region: .westEurope) {
            VirtualNetwork("vnet-edge", addressSpace: "10.0.0.0/16") {
                Subnet("snet-gw", "10.0.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
            }
            ManagedIdentity("id-edge")
            APIManagement("apim-edge", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com",
                          virtualNetwork: .internal, subnet: "snet-apim") {
                CustomHostname(.gateway, "api.contoso.com", certificate: certificate)
            }
            PublicIPAddress("pip-edge")
            ApplicationGateway("agw-edge", publicIP: "pip-edge") {
                Expose(.gateway)
            }
        }
        let (resolved, diagnostics) = Resolver.resolve(deployment)
        #expect(!diagnostics.hasErrors)
        let files = PowerShellEmitter().emit(resolved)
        #expect(files.map(\.path) == ["deploy.ps1"])
        let text = files.first?.contents ?? ""
        WriterSampleDump.write(keyVaultCertificate ? "emitter-keyvault.ps1" : "emitter-pfx.ps1", text)
        return text
    }

    @Test func aGatewayWithAnIdentityIsNeverWithoutAWAFNorDetachedFromItsPolicy() throws {
        let text = script(keyVaultCertificate: true)
        #expect(text.contains("-KeyVaultSecretId 'https://kv-edge.vault.azure.net/secrets/api'"))
        #expect(text.contains("-IdentityClientId $identities['id-edge'].ClientId"))
        // New-AzApplicationGateway has no parameter set with -Identity and -FirewallPolicy
        // (azure-powershell#24542): a new gateway is created with an inline WAF and the identity…
        let creation = try #require(text.range(of: "$applicationGateway = New-AzApplicationGateway `"))
        let createCall = String(text[creation.lowerBound...].prefix { $0 != "}" })
        #expect(createCall.contains("-Identity $gatewayIdentity"))
        #expect(createCall.contains("-WebApplicationFirewallConfiguration $wafAtCreation"))
        #expect(!createCall.contains("-FirewallPolicy"))
        // …only when Get finds none; a rerun updates the existing gateway and never calls New.
        let get = try #require(text.range(of: "$applicationGateway = Get-AzApplicationGateway `"))
        #expect(get.lowerBound < creation.lowerBound)
        #expect(text.contains("} else {\n        # Rerun: the same settings on the existing gateway, whose WAF policy stays associated.\n        $applicationGateway.Sku = $sku"))
        #expect(text.contains("        $applicationGateway.Identity = $gatewayIdentity\n"))
        // Either way one Set associates the policy, replacing the inline WAF.
        #expect(text.contains("""
                $applicationGateway.FirewallPolicy = [Microsoft.Azure.Commands.Network.Models.PSResourceId]@{ Id = $wafPolicies['waf-agw-edge'].Id }
                $applicationGateway.ForceFirewallPolicyAssociation = $true
                $applicationGateway.WebApplicationFirewallConfiguration = $null
                $applicationGateway = Set-AzApplicationGateway -ApplicationGateway $applicationGateway
            """))
        #expect(text.components(separatedBy: "Set-AzApplicationGateway").count == 2)
    }

    @Test func aGatewayWithoutIdentityTakesItsWAFPolicyAtCreation() {
        let text = script(keyVaultCertificate: false)
        #expect(text.contains("-FirewallPolicy $wafPolicies['waf-agw-edge']"))
        #expect(!text.contains("Set-AzApplicationGateway"))
        #expect(!text.contains("New-AzApplicationGatewayIdentity"))
    }

    @Test func certificatePasswordsAreMandatorySecureStringsWithoutDefaults() {
        let text = script(keyVaultCertificate: false)
        #expect(text.contains("    [Parameter(Mandatory)]\n    [SecureString]$ApiPfxPassword"))
        // Found from the script's folder (out/powershell) next to the manifest, wherever it runs from.
        #expect(text.contains("[string]$ApiPfxPath = (Join-Path -Path $PSScriptRoot -ChildPath '../../certs/api.pfx')"))
        #expect(text.contains("-PfxPath $ApiPfxPath `\n        -PfxPassword $ApiPfxPassword"))
        #expect(!text.contains("ConvertTo-SecureString"))
    }

    @Test func requiresListsExactlyTheModulesUsed() {
        #expect(script(keyVaultCertificate: true).hasPrefix(
            "#Requires -Modules Az.Accounts, Az.Resources, Az.Network, Az.ManagedServiceIdentity, Az.KeyVault, Az.ApiManagement\n"))
        #expect(AzModules.module(of: "New-AzPrivateDnsZoneGroup") == "Az.Network")
        #expect(AzModules.module(of: "New-AzPrivateDnsRecordSet") == "Az.PrivateDns")
        #expect(AzModules.module(of: "New-AzDiagnosticSetting") == "Az.Monitor")
        #expect(AzModules.module(of: "Get-AzSubscription") == "Az.Accounts")
        #expect(AzModules.module(of: "Write-Progress") == nil)
    }

    @Test func pathParametersPairWithTheirPasswordOrFollowTheFileName() {
        #expect(ScriptInputs.pathParameterName("certificates/gateway.pfx", password: .parameter("gatewayCertPfxPassword")) == "GatewayCertPfxPath")
        #expect(ScriptInputs.pathParameterName("certificates/trusted-root.cer", password: nil) == "TrustedRootCerPath")
        #expect(ScriptInputs.pathParameterName("c:\\certs\\api.pfx", password: .parameter("pfxSecret")) == "ApiPfxPath")
    }

    @Test func hostnameKindsMapToTheirApiManagementProperties() {
        #expect(DeployScript.hostnameProperty(.gateway) == ("ProxyCustomHostnameConfiguration", "Proxy"))
        #expect(DeployScript.hostnameProperty(.developerPortal) == ("DeveloperPortalHostnameConfiguration", "DeveloperPortal"))
        #expect(DeployScript.hostnameProperty(.portal) == ("PortalCustomHostnameConfiguration", "Portal"))
        #expect(DeployScript.hostnameProperty(.management) == ("ManagementCustomHostnameConfiguration", "Management"))
    }

    @Test func getOrCreateAsksShouldProcessAndStopsWhenDeclined() {
        let statements = ScriptIdioms.ensure(
            .variable("virtualNetwork"), "virtual network", target: .string("vnet"),
            get: PSCommand("Get-AzVirtualNetwork", [.named("Name", "vnet")]),
            create: PSCommand("New-AzVirtualNetwork", [.named("Name", "vnet")]))
        #expect(PowerShellWriter().render(statements) == """
            $virtualNetwork = Get-AzVirtualNetwork -Name 'vnet' -ErrorAction SilentlyContinue
            if ($null -eq $virtualNetwork) {
                if (-not $PSCmdlet.ShouldProcess('vnet', 'Create virtual network')) {
                    Write-Warning -Message "Stopping: the next steps need the virtual network vnet."
                    return
                }
                $virtualNetwork = New-AzVirtualNetwork -Name 'vnet'
            }

            """)
    }

    @Test func stepsAreNumberedWithProgress() {
        let text = script(keyVaultCertificate: false)
        #expect(text.contains("# Step 1: Azure context\nWrite-Progress -Activity $activity -Status 'Step 1 of "))
        #expect(text.contains("Write-Progress -Activity $activity -Completed"))
        #expect(text.contains("[CmdletBinding(SupportsShouldProcess)]"))
        #expect(text.contains("Set-StrictMode -Version Latest\n$ErrorActionPreference = 'Stop'"))
    }
}
