import DSL

// Two path rules of one path map that both list /orders/*.
let deployment = Deployment("corpus", resourceGroup: "rg-corpus", region: "West Europe") {
    VirtualNetwork("vnet-corpus", addressSpace: "10.0.0.0/16") {
        Subnet("snet-appgw", "10.0.0.0/24", role: .applicationGateway)
        Subnet("snet-backends", "10.0.2.0/24")
    }

    PublicIPAddress("pip-corpus")

    ApplicationGateway("agw-corpus", publicIP: "pip-corpus") {
        HealthProbe("health", host: "orders.contoso.net", path: "/health")
        BackendSettings("https", probe: "health", hostName: .explicit("orders.contoso.net"))
        BackendPool("orders", ipAddresses: ["10.0.2.10"])
        BackendPool("orders-v2", ipAddresses: ["10.0.2.20"])
        BackendPool("no-route")
        Listener("http", protocol: .http, port: 80)
        URLPathMap("paths", defaultPool: "no-route", defaultSettings: "https") {
            PathRule("orders", paths: ["/orders/*"], pool: "orders", settings: "https")
            PathRule("orders-v2", paths: ["/v2/*", "/orders/*"], pool: "orders-v2", settings: "https")
        }
        RoutingRule("rule", priority: 100, listener: "http", urlPathMap: "paths")
    }
}
