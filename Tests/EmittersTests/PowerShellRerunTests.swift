import DSL
import Testing
@testable import Emitters

/// A second run of deploy.ps1 changes what differs from the manifest and nothing else.
@Suite struct PowerShellRerunTests {
    static let script: String = {
        let deployment = Deployment("edge", resourceGroup: "rg-edge", region: .westEurope) {
            VirtualNetwork("vnet-edge", addressSpace: "10.0.0.0/16") {
                Subnet("snet-gw", "10.0.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
            }
            APIManagement("apim-edge", sku: .premium, units: 2, organization: "Contoso", adminEmail: "a@contoso.com",
                          virtualNetwork: .internal, subnet: "snet-apim") {
                CustomHostname(.gateway, "api.contoso.com",
                               certificate: .pfx(path: "certs/api.pfx", password: .parameter("apiPfxPassword")))
                NamedValue("audience", .plain("api://orders"))
                NamedValue("backend-key", .secret(.parameter("backendKey")))
                API("orders", path: "orders", serviceURL: "https://orders.internal.contoso.com", exposure: .external) {
                    APIOperation("list", .get, "/orders")
                }
                Product("standard", apis: ["orders"])
            }
            PublicIPAddress("pip-edge")
            ApplicationGateway("agw-edge", publicIP: "pip-edge") {
                Expose(.gateway, paths: ["/orders/*"])
            }
        }
        let (resolved, diagnostics) = Resolver.resolve(deployment)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return PowerShellEmitter().emit(resolved).first?.contents ?? ""
    }()

    @Test func anExistingServiceGetsOneUpdateWithWhatDiffers() {
        #expect(Self.script.contains("if ($apiManagement.Sku -ne 'Premium') {\n    $apimChanges = $apimChanges + 'tier'\n    $apiManagement.Sku = 'Premium'\n}"))
        #expect(Self.script.contains("if ($apiManagement.Capacity -ne 2) {"))
        #expect(Self.script.contains("if ($apiManagement.VirtualNetwork.SubnetResourceId -ne $subnets['snet-apim'].Id) {"))
        #expect(Self.script.contains("if ($apiManagement.VpnType -ne 'Internal') {"))
        #expect(Self.script.contains("if (($apimChanges.Count -gt 0) -and $PSCmdlet.ShouldProcess($ApiManagementName, \"Update API Management service ($($apimChanges -join ', '))\")) {"))
    }

    @Test func hostNamesAreSentOnlyWhenTheyDiffer() throws {
        let current = try #require(Self.script.range(of: "$currentHostnames = @()"))
        let assigned = try #require(Self.script.range(of: "$apiManagement.ProxyCustomHostnameConfiguration = @("))
        // What the service has is read before the script overwrites it with the manifest's.
        #expect(current.lowerBound < assigned.lowerBound)
        #expect(Self.script.contains("$desiredHostnames = $desiredHostnames + \"Proxy|api.contoso.com|$(([System.Security.Cryptography.X509Certificates.X509Certificate2]::new($ApiPfxPath, $ApiPfxPassword)).Thumbprint)\""))
        #expect(Self.script.contains("""
            $hostnamesChanged = [bool](Compare-Object -ReferenceObject $desiredHostnames -DifferenceObject $currentHostnames)
            if ($hostnamesChanged) {
                if ($PSCmdlet.ShouldProcess($ApiManagementName, 'Set custom host names')) {
            """))
    }

    @Test func aSecretIsComparedOnlyWhenTheRunMayChangeIt() {
        // -WhatIf runs with a read-only identity, which cannot read a stored secret.
        #expect(Self.script.contains("} elseif ((-not $WhatIfPreference) -and ((Get-AzApiManagementNamedValueSecretValue -Context $apimContext -NamedValueId 'backend-key').Value -cne [System.Net.NetworkCredential]::new('', $BackendKey).Password)) {"))
    }

    @Test func contentIsUpdatedWhenItDiffers() {
        #expect(Self.script.contains("} elseif ($existing.Value -cne 'api://orders') {\n    if ($PSCmdlet.ShouldProcess('audience', 'Update named value')) {\n        $null = Set-AzApiManagementNamedValue"))
        #expect(Self.script.contains("($existing.Name -cne 'orders') -or ($existing.Path -cne 'orders')) -or [bool](Compare-Object -ReferenceObject @('https') -DifferenceObject @($existing.Protocols))"))
        #expect(Self.script.contains("($existing.ServiceUrl -cne 'https://orders.internal.contoso.com')) {\n    if ($PSCmdlet.ShouldProcess('orders', 'Update API')) {\n        $null = Set-AzApiManagementApi"))
        #expect(Self.script.contains("if ($PSCmdlet.ShouldProcess('list', 'Update operation list of API orders')) {\n        $null = Set-AzApiManagementOperation"))
        #expect(Self.script.contains("if ($PSCmdlet.ShouldProcess('standard', 'Update product')) {\n        $null = Set-AzApiManagementProduct"))
    }
}
