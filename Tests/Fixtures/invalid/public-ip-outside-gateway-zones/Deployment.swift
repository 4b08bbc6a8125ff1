import DSL

// A gateway across three zones with a public IP in one of them.
let deployment = Deployment("corpus", resourceGroup: "rg-corpus", region: "West Europe") {
    VirtualNetwork("vnet-corpus", addressSpace: "10.0.0.0/16") {
        Subnet("snet-appgw", "10.0.0.0/24", role: .applicationGateway)
        Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
    }

    APIManagement("apim-corpus", sku: .developer, organization: "Contoso", adminEmail: "admin@contoso.net",
                  virtualNetwork: .internal, subnet: "snet-apim") {
        CustomHostname(.gateway, "api.contoso.net",
                       certificate: .pfx(path: "gateway.pfx", password: .parameter("gatewayPassword")))
    }

    PrivateDNSZone("contoso.net")
    PublicIPAddress("pip-corpus", zones: [1])

    ApplicationGateway("agw-corpus", zones: [1, 2, 3], publicIP: "pip-corpus") {
        Expose(.gateway)
    }
}
