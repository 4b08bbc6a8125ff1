import DSL

// Raw policy XML that names a named value nothing declares.
let deployment = Deployment("corpus", resourceGroup: "rg-corpus", region: "West Europe") {
    APIManagement("apim-corpus-88", sku: .developer, organization: "Contoso", adminEmail: "admin@contoso.net") {
        Policies {
            Inbound {
                RawPolicy("<set-header name=\"x-key\" exists-action=\"override\"><value>{{undeclared-key}}</value></set-header>")
            }
        }
    }
}
