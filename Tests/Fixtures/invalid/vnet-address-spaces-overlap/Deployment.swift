import DSL

// Two address spaces of one virtual network that overlap.
let deployment = Deployment("corpus", resourceGroup: "rg-corpus", region: "West Europe") {
    VirtualNetwork("vnet-corpus", addressSpace: "10.0.0.0/16", "10.0.128.0/20") {
        Subnet("snet-appgw", "10.0.0.0/24", role: .applicationGateway)
        Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
    }

    APIManagement("apim-corpus", sku: .developer, organization: "Contoso", adminEmail: "admin@contoso.net",
                  virtualNetwork: .internal, subnet: "snet-apim") {
        CustomHostname(.gateway, "api.contoso.net",
                       certificate: .pfx(path: "gateway.pfx", password: .parameter("gatewayPassword")))
    }

    PrivateDNSZone("contoso.net")
    PublicIPAddress("pip-corpus")

    ApplicationGateway("agw-corpus", publicIP: "pip-corpus") {
        Expose(.gateway)
    }
}
