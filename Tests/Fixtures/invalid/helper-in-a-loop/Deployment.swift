import DSL

func backendAPI(_ index: Int) -> API {
    API("api \(index)!", path: "p\(index)", serviceURL: "https://b\(index).loop.com", exposure: .external)
}

let deployment = Deployment("loop", resourceGroup: "rg-loop", region: .northEurope) {
    VirtualNetwork("vnet-loop", addressSpace: "10.40.0.0/16") {
        Subnet("snet-appgw", "10.40.0.0/24", role: .applicationGateway)
    }
    APIManagement("apim-loop", sku: .standard, organization: "C", adminEmail: "a@c.com") {
        for index in 0..<84 {
            backendAPI(index)
        }
    }
}
