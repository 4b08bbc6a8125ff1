import DSL

// A gateway declared before anything is published through it.
let deployment = Deployment("corpus", resourceGroup: "rg-corpus", region: "West Europe") {
    VirtualNetwork("vnet-corpus", addressSpace: "10.0.0.0/16") {
        Subnet("snet-appgw", "10.0.0.0/24", role: .applicationGateway)
    }

    PublicIPAddress("pip-corpus")

    ApplicationGateway("agw-corpus", publicIP: "pip-corpus")
}
