// Seed 001, scenario 3 ("API Management as the public front door"): Internet → API Management
// (External virtual network mode) → internal Application Gateway (private frontend only, WAF)
// → private backends. The gateway has no public IP; its HTTPS listener answers on
// backends.internal.northwind.com, which the private zone resolves to the private frontend
// 10.60.0.10, and the APIs' service URLs point there. Path rules send each API to its pool.
import DSL

let deployment = Deployment(
    "apim-front-door",
    resourceGroup: "rg-northwind-apis",
    region: .eastUS2,
    production: true
) {
    Tag("workload", "apis")

    VirtualNetwork("vnet-northwind-apis", addressSpace: "10.60.0.0/16") {
        Subnet("snet-appgw", "10.60.0.0/24", role: .applicationGateway)
        Subnet("snet-apim", "10.60.1.0/24", role: .apiManagement)
        Subnet("snet-backends", "10.60.2.0/24")
    }

    ManagedIdentity("id-northwind-gateway")

    // The vault outlives the deployment and holds the certificates before anything reads them:
    // powershell/bootstrap-keyvault.ps1 creates it and imports them once, then the deployment
    // adds its private endpoint.
    KeyVault("kv-northwind-apis", existing: true, privateEndpointSubnet: "snet-backends")

    APIManagement(
        "apim-northwind", sku: .premium, units: 2, organization: "Northwind Traders", adminEmail: "apis@northwind.com",
        virtualNetwork: .external, subnet: "snet-apim", zones: [1, 2]
    ) {
        API("orders", path: "orders", serviceURL: "https://backends.internal.northwind.com/orders") {
            APIOperation("list-orders", .get, "/")
            APIOperation("get-order", .get, "/{orderId}")
        }
        API("invoices", path: "invoices", serviceURL: "https://backends.internal.northwind.com/invoices") {
            APIOperation("list-invoices", .get, "/")
        }
    }

    // The zone answers for every name under internal.northwind.com inside the network, so each
    // name the gateway resolves there needs its record.
    PrivateDNSZone("internal.northwind.com") {
        DNSRecord("backends", addresses: ["10.60.0.10"])
        DNSRecord("invoices", addresses: ["10.60.2.20"])
    }

    WAFPolicy("waf-northwind-internal", mode: .prevention) {
        ManagedRuleSet(.owasp3_2)
    }

    ApplicationGateway(
        "agw-northwind-internal", sku: .wafV2, capacity: .autoscale(minimum: 2, maximum: 4), zones: [1, 2, 3],
        privateIPAddress: "10.60.0.10", identities: ["id-northwind-gateway"], firewallPolicy: "waf-northwind-internal"
    ) {
        GatewayCertificate("backends-internal",
                           .keyVault(vault: "kv-northwind-apis", certificate: "backends-internal-northwind-com", identity: "id-northwind-gateway"))
        Listener("backends-https", frontend: .private, hostNames: ["backends.internal.northwind.com"], certificate: "backends-internal")
        HealthProbe("orders-health", host: "orders.internal.northwind.com", path: "/health")
        HealthProbe("invoices-health", host: "invoices.internal.northwind.com", path: "/health")
        BackendSettings("orders-https", probe: "orders-health", hostName: .explicit("orders.internal.northwind.com"))
        BackendSettings("invoices-https", probe: "invoices-health", hostName: .explicit("invoices.internal.northwind.com"))
        BackendPool("orders-vms", ipAddresses: ["10.60.2.10", "10.60.2.11"])
        BackendPool("invoices-app", fqdns: ["invoices.internal.northwind.com"])
        BackendPool("no-route")
        URLPathMap("backends-paths", defaultPool: "no-route", defaultSettings: "orders-https") {
            PathRule("orders", paths: ["/orders", "/orders/*"], pool: "orders-vms", settings: "orders-https")
            PathRule("invoices", paths: ["/invoices", "/invoices/*"], pool: "invoices-app", settings: "invoices-https")
        }
        RoutingRule("backends-rule", priority: 100, listener: "backends-https", urlPathMap: "backends-paths")
    }

    LogAnalyticsWorkspace("log-northwind-apis", retentionDays: 90)
}
