import DSL

/// The three topologies of seed 001, built through the DSL, for resolve and validation tests.
enum TopologyFixtures {
    /// Scenario 1: API Management without a virtual network, published by a public gateway.
    static func publicBehindGateway(access: GatewayOnlyAccess = .automatic) -> Deployment {
        Deployment("public", resourceGroup: "rg-public", region: .northEurope) {
            VirtualNetwork("vnet-public", addressSpace: "10.40.0.0/16") {
                Subnet("snet-appgw", "10.40.0.0/24", role: .applicationGateway)
            }
            APIManagement("apim-public", sku: .standard, organization: "Tailspin", adminEmail: "ops@tailspin.com", gatewayOnlyAccess: access) {
                CustomHostname(.gateway, "api.tailspin.com", certificate: Fixtures.pfx("gateway"))
                NamedValue("gateway-secret", .secret(.parameter("gatewaySecret")))
            }
            PublicIPAddress("pip-public")
            WAFPolicy("waf-public") { ManagedRuleSet(.owasp3_2) }
            ApplicationGateway("agw-public", capacity: .autoscale(minimum: 2, maximum: 4), publicIP: "pip-public", firewallPolicy: "waf-public") {
                Expose(.gateway)
            }
        }
    }

    /// Scenario 2: the gateway reaches API Management through a Private Link endpoint.
    static func privateEndpoint(_ environments: [DeploymentEnvironment] = [], access: GatewayOnlyAccess = .automatic, publicNetworkAccess: Bool = true) -> Deployment {
        var deployment = Deployment("zt-pe", resourceGroup: "rg-pe", region: .westEurope) {
            VirtualNetwork("vnet-pe", addressSpace: "10.50.0.0/16") {
                Subnet("snet-appgw", "10.50.0.0/24", role: .applicationGateway)
                Subnet("snet-pe", "10.50.1.0/27", role: .privateEndpoints)
            }
            APIManagement("apim-pe", sku: .premium, units: 2, organization: "Wingtip", adminEmail: "ops@wingtip.com",
                          zones: [1, 2], publicNetworkAccess: publicNetworkAccess, privateEndpointSubnet: "snet-pe", gatewayOnlyAccess: access) {
                CustomHostname(.gateway, "api.wingtip.com", certificate: Fixtures.pfx("gateway"))
                NamedValue("orders-backend-url", .plain("https://orders.wingtip.com"))
            }
            PublicIPAddress("pip-pe")
            WAFPolicy("waf-pe") { ManagedRuleSet(.owasp3_2) }
            ApplicationGateway("agw-pe", capacity: .autoscale(minimum: 2, maximum: 10), publicIP: "pip-pe", firewallPolicy: "waf-pe") {
                Expose(.gateway)
            }
        }
        deployment.environments = environments
        return deployment
    }

    /// Scenario 3: API Management (External) in front of an internal gateway.
    static func frontDoor() -> Deployment {
        Deployment("front-door", resourceGroup: "rg-fd", region: .eastUS2) {
            VirtualNetwork("vnet-fd", addressSpace: "10.60.0.0/16") {
                Subnet("snet-appgw", "10.60.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.60.1.0/24", role: .apiManagement)
            }
            APIManagement("apim-fd", sku: .premium, organization: "Northwind", adminEmail: "ops@northwind.com", virtualNetwork: .external, subnet: "snet-apim") {
                API("orders", path: "orders", serviceURL: "https://backends.internal.northwind.com/orders")
            }
            PrivateDNSZone("internal.northwind.com") { DNSRecord("backends", addresses: ["10.60.0.10"]) }
            ApplicationGateway("agw-fd", capacity: .autoscale(minimum: 2, maximum: 4), privateIPAddress: "10.60.0.10") {
                GatewayCertificate("backends", Fixtures.pfx("backends"))
                Listener("backends-https", frontend: .private, hostNames: ["backends.internal.northwind.com"], certificate: "backends")
                HealthProbe("orders-health", host: "orders.internal.northwind.com", path: "/health")
                BackendSettings("orders-https", probe: "orders-health", hostName: .explicit("orders.internal.northwind.com"))
                BackendPool("orders-vms", ipAddresses: ["10.60.2.10"])
                RoutingRule("backends-rule", priority: 100, listener: "backends-https", pool: "orders-vms", settings: "orders-https")
            }
        }
    }
}
