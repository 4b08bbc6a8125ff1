import DSL
import Testing
@testable import Emitters

/// `bootstrap-keyvault.ps1`: idempotent, never leaves the vault open, asks for no secret it
/// was given, and exists only when an existing vault must be filled.
@Suite struct BootstrapScriptTests {
    static func files(existing: Bool) -> [EmittedFile] {
        let deployment = Deployment("edge", resourceGroup: "rg-edge", region: .westEurope) {
            VirtualNetwork("vnet-edge", addressSpace: "10.0.0.0/16") {
                Subnet("snet-gw", "10.0.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
                Subnet("snet-pe", "10.0.2.0/27", role: .privateEndpoints)
            }
            KeyVault("kv-edge", existing: existing, privateEndpointSubnet: existing ? "snet-pe" : nil)
            APIManagement("apim-edge", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com",
                          virtualNetwork: .internal, subnet: "snet-apim") {
                CustomHostname(.gateway, "api.contoso.com", certificate: existing
                    ? .keyVault(vault: "kv-edge", certificate: "api-contoso-com", identity: .systemAssigned)
                    : .pfx(path: "api.pfx", password: .parameter("apiPassword")))
                NamedValue("backend-key", .keyVault(vault: "kv-other", secret: "backend-key", identity: .systemAssigned))
            }
        }
        return PowerShellEmitter().emit(Resolver.resolve(deployment).0)
    }

    static let script = files(existing: true).first { $0.path == "bootstrap-keyvault.ps1" }?.contents ?? ""

    @Test func onlyADeploymentThatReadsAnExistingVaultGetsOne() {
        #expect(Self.files(existing: true).map(\.path) == ["deploy.ps1", "bootstrap-keyvault.ps1"])
        #expect(Self.files(existing: false).map(\.path) == ["deploy.ps1"])
    }

    @Test func itCreatesTheVaultHardenedAndGrantsOnlyTheRoleTheImportsNeed() {
        #expect(Self.script.contains("#Requires -Modules Az.Accounts, Az.Resources, Az.KeyVault"))
        #expect(Self.script.contains("""
                $vault = New-AzKeyVault `
                    -Name 'kv-edge' `
                    -ResourceGroupName $ResourceGroupName `
                    -Location $Location `
                    -Sku Standard `
                    -EnablePurgeProtection `
                    -SoftDeleteRetentionInDays 90 `
                    -PublicNetworkAccess Disabled
            """))
        #expect(Self.script.contains("-RoleDefinitionName 'Key Vault Certificates Officer'"))
        // No secret of this vault is read (kv-other is not declared, so it is not bootstrapped).
        #expect(!Self.script.contains("Secrets Officer"))
        #expect(!Self.script.contains("kv-other"))
    }

    @Test func itImportsOnlyWhatIsMissingAndClosesTheFirewallWhateverHappens() throws {
        let imports = try #require(Self.script.range(of: "Import-AzKeyVaultCertificate"))
        let lookup = try #require(Self.script.range(of: "$existing = Get-AzKeyVaultCertificate `\n            -VaultName 'kv-edge' `\n            -Name 'api-contoso-com'"))
        #expect(lookup.lowerBound < imports.lowerBound)
        #expect(Self.script.contains("-FilePath (Join-Path -Path $CertificateFolder -ChildPath 'api-contoso-com.pfx')"))
        #expect(Self.script.contains("if (-not $CertificatePasswords['api-contoso-com']) {"))
        // Opened to one address before the try, closed in its finally.
        let opened = try #require(Self.script.range(of: "-PublicNetworkAccess Enabled"))
        let finally = try #require(Self.script.range(of: "} finally {"))
        let closed = try #require(Self.script.range(of: "-PublicNetworkAccess Disabled", range: finally.upperBound..<Self.script.endIndex))
        let tryStart = try #require(Self.script.range(of: "    try {", range: opened.upperBound..<Self.script.endIndex))
        #expect(opened.lowerBound < tryStart.lowerBound && finally.lowerBound < closed.lowerBound)
        #expect(Self.script.contains("-IpAddressRange \"$AllowFromIPAddress/32\""))
        // A new role reaches the data plane after minutes: the script waits, bounded.
        #expect(Self.script.contains("foreach ($attempt in 1 .. 20) {"))
    }
}
