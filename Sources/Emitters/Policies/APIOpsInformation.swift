import DSL

/// The `*Information.json` files APIOps keeps beside each policy (Azure/apiops: one folder per
/// API, product and policy fragment, its properties as the REST API names them), so that the
/// `policies` folder is an APIOps artifacts folder a publisher can take as it is. Only what
/// the manifest states is written; the policy XML lives in `policy.xml` beside it.
enum APIOpsInformation {
    static func files(of deployment: ResolvedDeployment) -> [EmittedFile] {
        guard let content = deployment.apiManagement?.content else { return [] }
        var files: [EmittedFile] = []
        for api in content.apis {
            var properties: JSONObject = ["displayName": .string(api.displayName), "path": .string(api.path),
                                          "protocols": .array(api.protocols.map { .string($0.rawValue) }),
                                          "subscriptionRequired": .bool(api.subscriptionRequired)]
            if let url = api.serviceURL { properties["serviceUrl"] = .string(url) }
            if let description = api.description { properties["description"] = .string(description) }
            if let version = api.version { properties["apiVersion"] = .string(version) }
            files.append(file("apis/\(api.name)/apiInformation.json", properties))
        }
        for product in content.products {
            var properties: JSONObject = ["displayName": .string(product.displayName), "subscriptionRequired": .bool(product.subscriptionRequired),
                                          "state": .string(product.published ? "published" : "notPublished")]
            if product.subscriptionRequired { properties["approvalRequired"] = .bool(product.approvalRequired) }
            if let limit = product.subscriptionsLimit, product.subscriptionRequired { properties["subscriptionsLimit"] = .int(limit) }
            if let description = product.description { properties["description"] = .string(description) }
            files.append(file("products/\(product.name)/productInformation.json", properties))
        }
        for fragment in content.fragments {
            let directory = PolicyScope.fragment(fragment.name).apiOpsPath.dropLast("policy.xml".count)
            files.append(file(directory + "policyFragmentInformation.json", fragment.description.map { ["description": .string($0)] } ?? [:]))
        }
        return files
    }

    private static func file(_ path: String, _ properties: JSONObject) -> EmittedFile {
        EmittedFile(path: path, contents: JSONWriter().render(.object(["properties": .object(properties)])))
    }
}
