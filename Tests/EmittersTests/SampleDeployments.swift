import DSL

/// Mirrors of the manifests under Samples/, built in-process so that emitter unit tests do not
/// need the loader (GenTests renders the real files through it and compares with the goldens).
enum SampleDeployments {
    static var learnInternalVNet: Deployment {
        Deployment(
            "learn-internal-vnet",
            resourceGroup: "apim-appGw-RG",
            region: "West US",
            subscription: "00000000-0000-0000-0000-000000000000"
        ) {
            VirtualNetwork("appgwvnet", addressSpace: "10.0.0.0/16") {
                Subnet("appGatewaySubnet", "10.0.0.0/24", role: .applicationGateway) {
                    NetworkSecurityGroup("NSG-APPGW") {
                        SecurityRule("appgw-in", priority: 100, .inbound, protocol: .any,
                                     from: "GatewayManager", to: "*", ports: .range(65200, 65535), description: "AppGw inbound")
                        SecurityRule("appgw-in-internet", priority: 110, .inbound, protocol: .tcp,
                                     from: "Internet", to: "*", ports: 443, description: "AppGw inbound Internet")
                    }
                }
                Subnet("apimSubnet", "10.0.1.0/24", role: .apiManagement) {
                    NetworkSecurityGroup("NSG-APIM") {
                        SecurityRule("apim-in", priority: 100, .inbound, protocol: .tcp,
                                     from: "ApiManagement", to: "VirtualNetwork", ports: 3443, description: "APIM inbound")
                    }
                }
            }

            APIManagement(
                "ContosoApi", sku: .developer, organization: "Contoso", adminEmail: "admin@contoso.net",
                virtualNetwork: .internal, subnet: "apimSubnet"
            ) {
                CustomHostname(.gateway, "api.contoso.net",
                               certificate: .pfx(path: "certificates/gateway.pfx", password: .parameter("gatewayCertPfxPassword")))
                CustomHostname(.developerPortal, "portal.contoso.net",
                               certificate: .pfx(path: "certificates/portal.pfx", password: .parameter("portalCertPfxPassword")))
                CustomHostname(.management, "management.contoso.net",
                               certificate: .pfx(path: "certificates/management.pfx", password: .parameter("managementCertPfxPassword")))
            }

            PrivateDNSZone("contoso.net", link: "mylink")

            PublicIPAddress("publicIP01")

            ApplicationGateway(
                "apim-app-gw", sku: .wafV2, capacity: .fixed(2), publicIP: "publicIP01",
                tlsPolicy: .predefined(.appGwSslPolicy20170401S)
            ) {
                WAFConfiguration(mode: .prevention, ruleSet: .owasp3_2)
                TrustedRootCertificate("whitelistcert1", cerFile: "certificates/trustedroot.cer")
                Expose(.gateway)
                Expose(.developerPortal)
                Expose(.management)
            }
        }
    }

    static var zeroTrustKeyVault: Deployment {
        Deployment(
            "zero-trust-keyvault",
            resourceGroup: "rg-apim-edge-prod",
            region: .westEurope,
            production: true
        ) {
            Tag("environment", "prod")
            Tag("workload", "api-edge")
            Tag("cost-center", "platform")

            VirtualNetwork("vnet-apim-edge", addressSpace: "10.20.0.0/16") {
                Subnet("snet-appgw", "10.20.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.20.1.0/24", role: .apiManagement)
                Subnet("snet-private-endpoints", "10.20.2.0/27", role: .privateEndpoints)
            }

            ManagedIdentity("id-apim-edge-certificates")

            KeyVault("kv-apim-edge-prod", privateEndpointSubnet: "snet-private-endpoints")

            APIManagement(
                "apim-contoso-edge-prod", sku: .premium, units: 3, organization: "Contoso", adminEmail: "api-platform@contoso.com",
                virtualNetwork: .internal, subnet: "snet-apim", zones: [1, 2, 3]
            ) {
                CustomHostname(.gateway, "api.contoso.com",
                               certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "api-contoso-com", identity: "id-apim-edge-certificates"))
                CustomHostname(.developerPortal, "developer.contoso.com",
                               certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "developer-contoso-com", identity: "id-apim-edge-certificates"))
                CustomHostname(.management, "management.contoso.com",
                               certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "management-contoso-com", identity: "id-apim-edge-certificates"))
                API("orders", path: "external/orders", exposure: .external)
                API("inventory", path: "internal/inventory", exposure: .internal)
            }

            PrivateDNSZone("contoso.com")

            PublicIPAddress("pip-apim-edge-prod", zones: [1, 2, 3], domainNameLabel: "contoso-api-edge")

            WAFPolicy("waf-apim-edge-prod", mode: .prevention) {
                ManagedRuleSet(.owasp3_2)
                ManagedRuleSet(.botManager1_0)
                WAFCustomRule("BlockLog4ShellUserAgents", priority: 10, action: .block) {
                    MatchCondition(.requestHeaders, selector: "User-Agent", .contains, ["${jndi:"])
                }
            }

            ApplicationGateway(
                "agw-apim-edge-prod", sku: .wafV2, capacity: .autoscale(minimum: 2, maximum: 10), zones: [1, 2, 3],
                publicIP: "pip-apim-edge-prod",
                tlsPolicy: .custom(minimumVersion: .tls12, cipherSuites: TLSPolicy.recommendedCipherSuites),
                firewallPolicy: "waf-apim-edge-prod"
            ) {
                Expose(.gateway, paths: ["/external/*"], redirectHTTP: true)
            }

            LogAnalyticsWorkspace("log-apim-edge-prod", retentionDays: 90)

            Pipeline(
                serviceConnection: "sc-apim-edge-prod",
                remoteState: RemoteState(resourceGroup: "rg-tfstate", storageAccount: "sttfstatecontoso", key: "apim-edge-prod.tfstate")
            )
        }
    }
}
