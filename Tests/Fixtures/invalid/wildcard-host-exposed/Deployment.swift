import DSL

let deployment = Deployment("wildcard", resourceGroup: "rg-wildcard", region: .northEurope) {
    VirtualNetwork("vnet-wildcard", addressSpace: "10.40.0.0/16") {
        Subnet("snet-appgw", "10.40.0.0/24", role: .applicationGateway)
        Subnet("snet-pe", "10.40.1.0/27", role: .privateEndpoints)
    }
    APIManagement("apim-wildcard", sku: .standard, organization: "C", adminEmail: "a@c.com", privateEndpointSubnet: "snet-pe") {
        CustomHostname(.gateway, "*.wildcard.com", certificate: .keyVault(vault: "kv-wildcard", certificate: "api", identity: "id-wildcard"))
        API("orders", path: "orders", serviceURL: "https://o.wildcard.com", exposure: .external)
    }
    ManagedIdentity("id-wildcard")
    KeyVault("kv-wildcard", existing: true)
    PublicIPAddress("pip-wildcard")
    WAFPolicy("waf-wildcard") { ManagedRuleSet(.owasp3_2) }
    ApplicationGateway("agw-wildcard", capacity: .autoscale(minimum: 2, maximum: 4), publicIP: "pip-wildcard", firewallPolicy: "waf-wildcard") {
        Expose(.gateway)
    }
}
