import DSL
import Testing
@testable import Emitters

/// deploy.ps1 for a deployment with environments: `-Environment`, the `$environments` table and
/// every use site reading the selected row.
@Suite struct PowerShellEnvironmentTests {
    /// The Learn topology (internal virtual network, private DNS for the host names, PFX
    /// certificates) where dev has its own gateway host name and certificate, an autoscaling
    /// gateway without zones, a WAF in Detection and a plain named value that is a secret elsewhere.
    static let deployment = Deployment("edge", resourceGroup: "rg-edge", region: .westEurope) {
        VirtualNetwork("vnet-edge", addressSpace: "10.0.0.0/16") {
            Subnet("snet-gw", "10.0.0.0/24", role: .applicationGateway)
            Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
        }
        APIManagement("apim-edge", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com",
                      virtualNetwork: .internal, subnet: "snet-apim") {
            CustomHostname(.gateway, "api.contoso.net", certificate: .pfx(path: "certs/api.pfx", password: .parameter("apiPfxPassword")))
            CustomHostname(.developerPortal, "portal.contoso.net", certificate: .pfx(path: "certs/portal.pfx", password: .parameter("portalPfxPassword")))
            NamedValue("backend-key", .secret(.parameter("backendKey")))
        }
        PrivateDNSZone("contoso.net", link: "vnet-edge-link")
        PublicIPAddress("pip-edge", zones: [1, 2, 3])
        ApplicationGateway("agw-edge", capacity: .fixed(2), zones: [1, 2, 3], publicIP: "pip-edge") {
            WAFConfiguration(mode: .prevention, ruleSet: .owasp3_2)
            Expose(.gateway)
            Expose(.developerPortal)
        }
        Environment("dev") {
            HostnameOverride(.gateway, "api.dev.contoso.net", certificate: .pfx(path: "certs/api-dev.pfx", password: .parameter("apiDevPfxPassword")))
            GatewayScale(capacity: .autoscale(minimum: 0, maximum: 2), zones: [])
            FirewallMode(.detection)
            NamedValueOverride("backend-key", .plain("not-a-secret-in-dev"))
        }
        Environment("prod", production: true)
    }

    static let script: String = {
        let (resolved, diagnostics) = Resolver.resolve(deployment)
        #expect(!diagnostics.hasErrors)
        let text = PowerShellEmitter().emit(resolved).first?.contents ?? ""
        WriterSampleDump.write("emitter-environments.ps1", text)
        return text
    }()

    @Test func theEnvironmentIsAMandatoryChoiceOfTheDeclaredOnes() {
        #expect(Self.script.contains("param(\n    [Parameter(Mandatory)]\n    [ValidateSet('dev', 'prod')]\n    [string]$Environment,\n"))
        #expect(Self.script.contains("$environmentSettings = $environments[$Environment]\n"))
        #expect(Self.script.contains("./deploy.ps1 -Environment dev\n"))
    }

    @Test func theTableHoldsEachEnvironmentsValues() {
        #expect(Self.script.contains("""
            $environments = @{
                dev = @{
                    ResourceGroupName = 'rg-edge-dev'
                    ApiManagementName = 'apim-edge-dev'
                    GatewayHostName = 'api.dev.contoso.net'
                    GatewayCertificatePath = $ApiDevPfxPath
                    GatewayCertificatePassword = $ApiDevPfxPassword
                    GatewayMinCapacity = 0
                    GatewayMaxCapacity = 2
                    GatewayZones = @()
                    FirewallMode = 'Detection'
                    NamedValueBackendKey = 'not-a-secret-in-dev'
                    DnsRecordApiContosoNet = 'api.dev'
                }
                prod = @{
                    ResourceGroupName = 'rg-edge'
                    ApiManagementName = 'apim-edge'
                    GatewayHostName = 'api.contoso.net'
                    GatewayCertificatePath = $ApiPfxPath
                    GatewayCertificatePassword = $ApiPfxPassword
                    GatewayCapacity = 2
                    GatewayZones = @('1', '2', '3')
                    FirewallMode = 'Prevention'
                    NamedValueBackendKey = $BackendKey
                    DnsRecordApiContosoNet = 'api'
                }
            }
            $environmentSettings = $environments[$Environment]
            if (-not $PSBoundParameters.ContainsKey('ResourceGroupName')) {
                $ResourceGroupName = $environmentSettings.ResourceGroupName
            }
            """))
    }

    @Test func secretsOfSomeEnvironmentsAreCheckedForTheSelectedOne() {
        #expect(Self.script.contains("    [Parameter(Mandatory)]\n    [SecureString]$PortalPfxPassword"))
        #expect(Self.script.contains("    [SecureString]$ApiPfxPassword"))
        #expect(!Self.script.contains("    [Parameter(Mandatory)]\n    [SecureString]$ApiPfxPassword"))
        #expect(Self.script.contains("""
            if (($Environment -eq 'dev') -and ($null -eq $ApiDevPfxPassword)) {
                throw "Deploying $Environment needs -ApiDevPfxPassword."
            }
            """))
        #expect(Self.script.contains("[string]$ApiDevPfxPath = (Join-Path -Path $PSScriptRoot -ChildPath '../../certs/api-dev.pfx')"))
    }

    @Test func everyUseOfAHostNameReadsTheSelectedOne() {
        let script = Self.script
        #expect(script.contains("-Hostname $environmentSettings.GatewayHostName"))
        #expect(script.contains("-Hostname 'portal.contoso.net'"))
        #expect(script.contains("-PfxPath $environmentSettings.GatewayCertificatePath"))
        #expect(script.contains("-CertificateFile $environmentSettings.GatewayCertificatePath"))
        #expect(script.contains("-Name $environmentSettings.DnsRecordApiContosoNet"))
        #expect(!script.contains("'api.contoso.net'") || script.contains("GatewayHostName = 'api.contoso.net'"))
        #expect(script.components(separatedBy: "'api.contoso.net'").count == 2)
    }

    @Test func shapesThatDifferBranchOnTheEnvironment() {
        let script = Self.script
        #expect(script.contains("if ($Environment -eq 'dev') {\n    $sku = New-AzApplicationGatewaySku -Name WAF_v2 -Tier WAF_v2\n"))
        #expect(script.contains("$gatewayScale = @{ AutoscaleConfiguration = $autoscale }"))
        #expect(script.contains("        -Capacity $environmentSettings.GatewayCapacity\n    $gatewayScale = @{}\n}\n"))
        #expect(script.contains("@gatewayScale"))
        #expect(script.contains("-Value $environmentSettings.NamedValueBackendKey\n"))
        #expect(script.contains("[System.Net.NetworkCredential]::new('', $environmentSettings.NamedValueBackendKey).Password"))
        #expect(script.contains("-Mode $environmentSettings.FirewallMode"))
    }

    @Test func zonesSomeEnvironmentLacksAreSplattedOnlyWhereThereAreSome() {
        #expect(Self.script.contains("""
                $applicationGatewayZoneArguments = @{}
                if ($environmentSettings.GatewayZones) {
                    $applicationGatewayZoneArguments['Zone'] = $environmentSettings.GatewayZones
                }
            """))
        #expect(Self.script.contains("@applicationGatewayZoneArguments"))
    }

    @Test func oneEnvironmentIsComparedSeveralAreLookedUp() {
        let writer = PowerShellWriter()
        #expect(writer.expression(EnvironmentTable.selected(["dev"]), indent: 0) == "$Environment -eq 'dev'")
        #expect(writer.expression(EnvironmentTable.selected(["dev", "test"]), indent: 0) == "$Environment -in @('dev', 'test')")
    }

    @Test func aCertificateFromKeyVaultInOneEnvironmentAndAFileInAnotherBranches() {
        let deployment = Deployment("edge", resourceGroup: "rg-edge", region: .westEurope) {
            VirtualNetwork("vnet-edge", addressSpace: "10.0.0.0/16") {
                Subnet("snet-gw", "10.0.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
            }
            ManagedIdentity("id-edge")
            APIManagement("apim-edge", sku: .premium, organization: "Contoso", adminEmail: "a@contoso.com",
                          virtualNetwork: .internal, subnet: "snet-apim", zones: [1, 2]) {
                CustomHostname(.gateway, "api.contoso.com", certificate: .keyVault(vault: "kv-edge", certificate: "api", identity: "id-edge"))
                NamedValue("backend-key", .keyVault(vault: "kv-edge", secret: "backend-key", identity: "id-edge"))
            }
            PublicIPAddress("pip-edge")
            ApplicationGateway("agw-edge", publicIP: "pip-edge") { Expose(.gateway) }
            Environment("dev") {
                HostnameOverride(.gateway, "api.dev.contoso.com",
                                 certificate: .pfx(path: "certs/dev.pfx", password: .keyVaultSecret(vault: "kv-edge", secret: "dev-pfx-password")))
                APIManagementScale(zones: [1])
                NamedValueOverride("backend-key", .keyVault(vault: "kv-edge", secret: "backend-key-dev", identity: "id-edge"))
            }
            Environment("prod", production: true)
        }
        let (resolved, diagnostics) = Resolver.resolve(deployment)
        #expect(!diagnostics.hasErrors)
        let script = PowerShellEmitter().emit(resolved).first?.contents ?? ""
        WriterSampleDump.write("emitter-environments-mixed.ps1", script)
        #expect(script.contains("GatewayCertificatePasswordVault = 'kv-edge'\n        GatewayCertificatePasswordSecret = 'dev-pfx-password'"))
        #expect(script.contains("-PfxPassword (Get-AzKeyVaultSecret -VaultName $environmentSettings.GatewayCertificatePasswordVault -Name $environmentSettings.GatewayCertificatePasswordSecret).SecretValue"))
        #expect(script.contains("} else {\n    $sslCertificates['gatewaycert'] = New-AzApplicationGatewaySslCertificate `\n        -Name 'gatewaycert' `\n        -KeyVaultSecretId $environmentSettings.GatewayCertificateSecretId\n}"))
        #expect(script.contains("-KeyVaultSecretId $environmentSettings.GatewayCertificateSecretId"))
        #expect(script.contains("-Zone $environmentSettings.ApiManagementZones"))
        #expect(script.contains("-SecretIdentifier $environmentSettings.NamedValueBackendKeySecretId"))
        #expect(!script.contains("[Parameter(Mandatory)]\n    [SecureString]"))
    }

    @Test func keysNameTheSetting() {
        #expect(EnvironmentTable.key(.hostName(.developerPortal)) == "DeveloperPortalHostName")
        #expect(EnvironmentTable.key(.certificate(.gateway)) == "GatewayCertificate")
        #expect(EnvironmentTable.key(.namedValue("orders-backend-url")) == "NamedValueOrdersBackendUrl")
        #expect(EnvironmentTable.shape(.capacity(.fixed(2))) != EnvironmentTable.shape(.capacity(.autoscale(minimum: 0, maximum: 2))))
        #expect(EnvironmentTable.shape(.namedValue(.plain("a"))) == EnvironmentTable.shape(.namedValue(.plain("b"))))
    }
}
