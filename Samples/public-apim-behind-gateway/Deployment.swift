// Seed 001, scenario 1 ("public API Management"): Internet → Application Gateway (WAF) → API
// Management with no virtual network → backends. The custom host name's public DNS points at
// the gateway, so the gateway reaches API Management at its own apim-tailspin-edge.azure-api.net
// host and sends api.tailspin.com as the Host header. Resolve adds a global ip-filter that
// admits only the gateway's public IP (named value gateway-public-ip, its address at deployment
// time), so nobody bypasses the WAF. Dev, test and prod deploy side by side (each in its own
// resource group, with its own service and DNS label names) and differ in size, WAF mode and
// host name.
import DSL

let deployment = Deployment(
    "public-apim-behind-gateway",
    resourceGroup: "rg-tailspin-api-edge",
    region: .northEurope
) {
    Tag("workload", "api-edge")

    VirtualNetwork("vnet-tailspin-edge", addressSpace: "10.40.0.0/16") {
        Subnet("snet-appgw", "10.40.0.0/24", role: .applicationGateway)
    }

    APIManagement("apim-tailspin-edge", sku: .standard, units: 1, organization: "Tailspin Toys", adminEmail: "api-owners@tailspin.com") {
        CustomHostname(.gateway, "api.tailspin.com",
                       certificate: .pfx(path: "certificates/api-tailspin-com.pfx", password: .parameter("gatewayCertPfxPassword")))
        API("catalog", path: "catalog", serviceURL: "https://catalog.tailspin.com/api", exposure: .external) {
            APIOperation("list-products", .get, "/products")
            APIOperation("get-product", .get, "/products/{productId}")
        }
    }

    PublicIPAddress("pip-tailspin-edge", zones: [1, 2, 3], domainNameLabel: "tailspin-api-edge")

    WAFPolicy("waf-tailspin-edge", mode: .prevention) {
        ManagedRuleSet(.owasp3_2)
    }

    ApplicationGateway(
        "agw-tailspin-edge", sku: .wafV2, capacity: .autoscale(minimum: 2, maximum: 6), zones: [1, 2, 3],
        publicIP: "pip-tailspin-edge", firewallPolicy: "waf-tailspin-edge"
    ) {
        Expose(.gateway, redirectHTTP: true)
    }

    Environment("dev") {
        APIManagementScale(sku: .developer)
        GatewayScale(capacity: .autoscale(minimum: 0, maximum: 2))
        FirewallMode(.detection)
        HostnameOverride(.gateway, "api.dev.tailspin.com",
                         certificate: .pfx(path: "certificates/api-dev-tailspin-com.pfx", password: .parameter("gatewayCertPfxPassword")))
    }
    Environment("test") {
        GatewayScale(capacity: .autoscale(minimum: 1, maximum: 3))
        HostnameOverride(.gateway, "api.test.tailspin.com",
                         certificate: .pfx(path: "certificates/api-test-tailspin-com.pfx", password: .parameter("gatewayCertPfxPassword")))
    }
    Environment("prod", production: true) {
        APIManagementScale(units: 2)
    }
}
