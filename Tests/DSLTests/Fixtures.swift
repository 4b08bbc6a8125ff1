import DSL

/// Deployments built through the DSL, as a manifest would, for resolve and validation tests.
enum Fixtures {
    static func pfx(_ name: String) -> CertificateSource {
        .pfx(path: "certificates/\(name).pfx", password: .parameter("\(name)CertPfxPassword"))
    }

    /// The Microsoft Learn walkthrough's deployment.
    static func learn() -> Deployment {
        Deployment("learn", resourceGroup: "apim-appGw-RG", region: "West US", subscription: "3b8f2c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b") {
            VirtualNetwork("appgwvnet", addressSpace: "10.0.0.0/16") {
                Subnet("appGatewaySubnet", "10.0.0.0/24", role: .applicationGateway) {
                    NetworkSecurityGroup("NSG-APPGW") {
                        SecurityRule("appgw-in", priority: 100, .inbound, protocol: .any, from: "GatewayManager", to: "*", ports: .range(65200, 65535))
                        SecurityRule("appgw-in-internet", priority: 110, .inbound, protocol: .tcp, from: "Internet", to: "*", ports: 443)
                    }
                }
                Subnet("apimSubnet", "10.0.1.0/24", role: .apiManagement) {
                    NetworkSecurityGroup("NSG-APIM") {
                        SecurityRule("apim-in", priority: 100, .inbound, protocol: .tcp, from: "ApiManagement", to: "VirtualNetwork", ports: 3443)
                    }
                }
            }
            APIManagement("ContosoApi", sku: .developer, organization: "Contoso", adminEmail: "admin@contoso.net",
                          virtualNetwork: .internal, subnet: "apimSubnet") {
                CustomHostname(.gateway, "api.contoso.net", certificate: pfx("gateway"))
                CustomHostname(.developerPortal, "portal.contoso.net", certificate: pfx("portal"))
                CustomHostname(.management, "management.contoso.net", certificate: pfx("management"))
            }
            PrivateDNSZone("contoso.net", link: "mylink")
            PublicIPAddress("publicIP01")
            ApplicationGateway("apim-app-gw", sku: .wafV2, capacity: .fixed(2), publicIP: "publicIP01",
                               tlsPolicy: .predefined(.appGwSslPolicy20170401S)) {
                WAFConfiguration(mode: .prevention, ruleSet: .owasp3_2)
                TrustedRootCertificate("whitelistcert1", cerFile: "certificates/trustedroot.cer")
                Expose(.gateway)
                Expose(.developerPortal)
                Expose(.management)
            }
        }
    }

    /// Key Vault certificates, a WAF policy, path-based publishing and an HTTP redirect.
    static func zeroTrust() -> Deployment {
        Deployment("zt", resourceGroup: "rg-edge", region: .westEurope, production: true) {
            VirtualNetwork("vnet-edge", addressSpace: "10.20.0.0/16") {
                Subnet("snet-appgw", "10.20.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.20.1.0/24", role: .apiManagement)
                Subnet("snet-pe", "10.20.2.0/27", role: .privateEndpoints)
            }
            ManagedIdentity("id-certs")
            KeyVault("kv-edge", existing: true, privateEndpointSubnet: "snet-pe")
            APIManagement("apim-edge", sku: .premium, units: 3, organization: "Contoso", adminEmail: "ops@contoso.com",
                          virtualNetwork: .internal, subnet: "snet-apim", zones: [1, 2, 3]) {
                CustomHostname(.gateway, "api.contoso.com", certificate: .keyVault(vault: "kv-edge", certificate: "api", identity: .systemAssigned))
            }
            PrivateDNSZone("contoso.com")
            PublicIPAddress("pip-edge", zones: [1, 2, 3])
            WAFPolicy("waf-edge") { ManagedRuleSet(.owasp3_2) }
            ApplicationGateway("agw-edge", capacity: .autoscale(minimum: 2, maximum: 10), zones: [1, 2, 3], publicIP: "pip-edge", identities: ["id-certs"], firewallPolicy: "waf-edge") {
                Expose(.gateway, paths: ["/external/*"], redirectHTTP: true)
            }
            LogAnalyticsWorkspace("log-edge")
        }
    }

    /// The warnings the walkthrough itself earns: it declares no API, so the gateway publishes
    /// every path, and its inline WAF configuration disables the portal's rules for every listener.
    static func isWalkthroughWarning(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .warning
            && diagnostic.message.hasPrefix("Expose(.gateway) publishes every path of")
    }

    /// Resolves and validates, returning everything found.
    static func diagnostics(of deployment: Deployment) -> [Diagnostic] {
        let (resolved, diagnostics) = Resolver.resolve(deployment)
        return diagnostics + Validator.validate(resolved)
    }
}
