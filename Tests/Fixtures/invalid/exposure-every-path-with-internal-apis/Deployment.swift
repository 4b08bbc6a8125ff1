import DSL

// A new user publishes the gateway host but marks no API .external: every path is published.
let deployment = Deployment("corpus", resourceGroup: "rg-corpus", region: "West US") {
    VirtualNetwork("vnet-corpus", addressSpace: "10.0.0.0/16") {
        Subnet("snet-appgw", "10.0.0.0/24", role: .applicationGateway)
        Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
    }

    APIManagement("apim-corpus", sku: .developer, organization: "Contoso", adminEmail: "admin@contoso.net",
                  virtualNetwork: .internal, subnet: "snet-apim") {
        CustomHostname(.gateway, "api.contoso.net",
                       certificate: .pfx(path: "gateway.pfx", password: .parameter("gatewayPassword")))
        API("orders", path: "orders", serviceURL: "https://orders.fabrikam.com")
        API("inventory", path: "inventory", serviceURL: "https://inventory.fabrikam.com")
    }

    PrivateDNSZone("contoso.net")
    PublicIPAddress("pip-corpus")

    ApplicationGateway("agw-corpus", publicIP: "pip-corpus") {
        Expose(.gateway)
    }
}
