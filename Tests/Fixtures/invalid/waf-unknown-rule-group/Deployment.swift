import DSL

let deployment = Deployment("corpus", resourceGroup: "rg-corpus", region: "West US") {
    VirtualNetwork("vnet-corpus", addressSpace: "10.0.0.0/16") {
        Subnet("snet-appgw", "10.0.0.0/24", role: .applicationGateway)
        Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
        Subnet("snet-pe", "10.0.2.0/27", role: .privateEndpoints)
    }

    APIManagement("apim-corpus", sku: .developer, organization: "Contoso", adminEmail: "admin@contoso.net",
                  virtualNetwork: .internal, subnet: "snet-apim") {
        CustomHostname(.gateway, "api.contoso.net",
                       certificate: .pfx(path: "gateway.pfx", password: .parameter("gatewayPassword")))
        CustomHostname(.developerPortal, "portal.contoso.net",
                       certificate: .pfx(path: "portal.pfx", password: .parameter("portalPassword")))
        CustomHostname(.management, "management.contoso.net",
                       certificate: .pfx(path: "management.pfx", password: .parameter("managementPassword")))
    }

    PrivateDNSZone("contoso.net")
    PublicIPAddress("pip-corpus")

    ApplicationGateway("agw-corpus", publicIP: "pip-corpus") {
        Expose(.gateway)
        Expose(.developerPortal)
        Expose(.management)
        WAFConfiguration(mode: .prevention) {
            DisableRules(disabling: [942100], in: "SQLI", reason: "false positives on search")
        }
    }
}
