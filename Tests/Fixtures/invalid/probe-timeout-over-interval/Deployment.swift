import DSL

// The Learn walkthrough's probe values (interval 30 s, timeout 120 s): Application Gateway
// rejects a timeout longer than the interval.
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
        HealthProbe("slowprobe", host: "api.contoso.net", path: "/status-0123456789abcdef", interval: 30, timeout: 120)
    }
}
