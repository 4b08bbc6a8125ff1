import DSL

/// `apim_policies.tf`: policy fragments and the policy of every scope (global, product, API,
/// operation). Each reads its XML from `policies/` inside the module — the same APIOps files
/// the policies format writes — and waits for the named values, fragments, backends and
/// loggers the XML names.
extension TerraformContext {
    var policiesFile: HCLFile {
        HCLFile(content.scopedPolicies.compactMap(policy))
    }

    /// The policy files the module ships, byte-identical to the policies format's.
    var policyFiles: [EmittedFile] {
        PolicyEmitter.files(of: resolved, under: Self.policiesFolder)
    }

    private func policy(_ policy: ScopedPolicy) -> HCLBodyItem? {
        let type: String
        let key: String
        var body: [HCLBodyItem]
        switch policy.scope {
        case .global:
            (type, key) = ("azurerm_api_management_policy", TerraformNames.main)
            body = [TF.attr("api_management_id", apiManagementID)]
        case .product(let product):
            (type, key) = ("azurerm_api_management_product_policy", names.content.product(product))
            body = [TF.attr("product_id", TF.ref(Self.productResource, key, "product_id"))] + inService
        case .api(let api):
            (type, key) = ("azurerm_api_management_api_policy", names.api(api))
            body = [TF.attr("api_name", apiName(api))] + inService
        case .operation(let api, let operation):
            (type, key) = ("azurerm_api_management_api_operation_policy", names.content.operation(api: api, operation: operation))
            body = [TF.attr("api_name", apiName(api))] + inService + [TF.attr("operation_id", operationID(api: api, operation: operation))]
        case .fragment(let name):
            (type, key) = (Self.fragmentResource, names.content.fragment(name))
            body = [TF.attr("name", .string(name)), TF.attr("api_management_id", apiManagementID)]
            if case .fragment(let fragment) = policy.body, let description = fragment.description {
                body.append(TF.attr("description", .string(description)))
            }
            body += [TF.attr("format", "xml"), TF.attr("value", policyFile(policy.scope))]
        }
        if policy.scope.level != nil { body.append(TF.attr("xml_content", policyFile(policy.scope))) }
        body += dependsOn(textualDependencies(PolicyReferences(policy)),
                          because: "The XML names these only by text; API Management rejects a policy whose references do not exist yet.")
        return TF.resource(type, key, body)
    }

    /// An operation the manifest declares is a block; one an imported definition brings is
    /// named by its id.
    private func operationID(api: String, operation: String) -> HCLExpression {
        guard let declared = content.apis.first(where: { $0.name == api }), Self.importFormat(declared.definition) == nil else {
            return .string(operation)
        }
        return TF.ref(Self.operationResource, names.content.operation(api: api, operation: operation), "operation_id")
    }
}
