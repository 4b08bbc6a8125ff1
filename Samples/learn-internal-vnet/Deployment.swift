// Microsoft Learn: "Integrate API Management in an internal virtual network with Application
// Gateway" — every step of the walkthrough, with the article's names and values. The article's
// subscription ID is a placeholder (all zeros), so the manifest names none: each format deploys
// to the signed-in subscription or the pipeline's service connection.
import DSL

let deployment = Deployment(
    "learn-internal-vnet",
    resourceGroup: "apim-appGw-RG",
    region: "West US"
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
