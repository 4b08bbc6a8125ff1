import DSL

// The private zone contoso.net, linked to the network, answers for every name under it: the
// pool's orders.contoso.net has no record there, so it resolves nowhere inside the network.
let deployment = Deployment("corpus", resourceGroup: "rg-corpus", region: "West US") {
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
    PublicIPAddress("pip-corpus")

    ApplicationGateway("agw-corpus", publicIP: "pip-corpus") {
        Expose(.gateway)
        BackendPool("orders", fqdns: ["orders.contoso.net"])
    }
}
