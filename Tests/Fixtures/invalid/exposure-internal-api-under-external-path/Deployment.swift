import DSL

// An internal API nested under an external one: the derived /orders/* publishes both.
let deployment = Deployment("corpus", resourceGroup: "rg-corpus", region: "West US") {
    VirtualNetwork("vnet-corpus", addressSpace: "10.0.0.0/16") {
        Subnet("snet-appgw", "10.0.0.0/24", role: .applicationGateway)
        Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
    }

    APIManagement("apim-corpus", sku: .developer, organization: "Contoso", adminEmail: "admin@contoso.net",
                  virtualNetwork: .internal, subnet: "snet-apim") {
        CustomHostname(.gateway, "api.contoso.net",
                       certificate: .pfx(path: "gateway.pfx", password: .parameter("gatewayPassword")))
        API("orders", path: "orders", serviceURL: "https://orders.fabrikam.com", exposure: .external)
        API("orders-admin", path: "orders/admin", serviceURL: "https://admin.fabrikam.com")
    }

    PrivateDNSZone("contoso.net")
    PublicIPAddress("pip-corpus")

    ApplicationGateway("agw-corpus", publicIP: "pip-corpus") {
        Expose(.gateway)
    }
}
