import DSL

/// `apim_apis.tf`: version sets, the APIs (imported from their definition files when they
/// have one) with their operations, and the products with the APIs they grant.
extension TerraformContext {
    var apisFile: HCLFile {
        guard deployment.apiManagement != nil else { return HCLFile([]) }
        var items: [HCLBodyItem] = content.versionSets.map(versionSet)
        for api in content.apis {
            items.append(self.api(api))
            if api.definition == nil || Self.importFormat(api.definition) == nil {
                items += api.operations.map { operation($0, of: api) }
            }
        }
        for product in content.products {
            items.append(self.product(product))
            items += product.apis.map { productAPI(product, $0) }
        }
        return HCLFile(items)
    }

    /// The `import` format of a definition; nil when azurerm cannot import it from a file
    /// (a GraphQL endpoint is a link, not a file).
    static func importFormat(_ definition: APIDefinition?) -> String? {
        guard let definition, definition.format != .graphQL else { return nil }
        return definition.format.rawValue
    }

    private func versionSet(_ set: APIVersionSet) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("name", .string(set.name))] + inService + [TF.attr("display_name", .string(set.displayName))]
        switch set.scheme {
        case .segment:
            body.append(TF.attr("versioning_scheme", "Segment"))
        case .query(let name):
            body += [TF.attr("versioning_scheme", "Query"), TF.attr("version_query_name", .string(name))]
        case .header(let name):
            body += [TF.attr("versioning_scheme", "Header"), TF.attr("version_header_name", .string(name))]
        }
        return TF.resource(Self.versionSetResource, names.content.versionSet(set.name), body)
    }

    /// SOAP pass-through for WSDL imports, GraphQL for GraphQL links, HTTP otherwise.
    static func apiType(_ api: API) -> String? {
        switch api.definition?.format {
        case .wsdl: "soap"
        case .graphQL: "graphql"
        default: nil
        }
    }

    private func api(_ api: API) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("name", .string(api.name))] + inService + [
            TF.attr("revision", "1"),
            TF.attr("display_name", .string(api.displayName)),
            TF.attr("path", .string(api.path)),
            TF.attr("protocols", TF.strings(api.protocols.map(\.rawValue))),
        ]
        if let type = Self.apiType(api) { body.append(TF.attr("api_type", .string(type))) }
        if let description = api.description { body.append(TF.attr("description", .string(description))) }
        if let url = api.serviceURL {
            body.append(TF.attr("service_url", .string(url)))
        } else if let backend = api.backend, content.backends.contains(where: { $0.name == backend }) {
            body.append(TF.attr("service_url", TF.ref(Self.backendResource, names.content.backend(backend), "url")))
        }
        body.append(TF.attr("subscription_required", .bool(api.subscriptionRequired)))
        if let set = api.versionSet, let version = api.version {
            body.append(TF.attr("version", .string(version)))
            body.append(TF.attr("version_set_id", TF.ref(Self.versionSetResource, names.content.versionSet(set), "id")))
        }
        if let definition = api.definition, let format = Self.importFormat(definition) {
            body.append(.blankLine)
            body.append(.comment("The definition brings the operations; the manifest's operations only add policies."))
            body.append(TF.block("import", body: [
                TF.attr("content_format", .string(format)),
                TF.attr("content_value", .call("file", [TF.variable(names.definitionFile(api: api.name))])),
            ]))
        }
        return TF.resource(Self.apiResource, names.api(api.name), body)
    }

    private func operation(_ operation: APIOperation, of api: API) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("operation_id", .string(operation.name)),
            TF.attr("api_name", apiName(api.name)),
        ] + inService + [
            TF.attr("display_name", .string(operation.displayName)),
            TF.attr("method", .string(operation.method.rawValue)),
            TF.attr("url_template", .string(operation.urlTemplate)),
        ]
        if let description = operation.description { body.append(TF.attr("description", .string(description))) }
        for parameter in operation.parameters where parameter.kind == .template {
            body.append(.blankLine)
            body.append(TF.block("template_parameter", body: Self.parameterBody(parameter)))
        }
        let request = operation.parameters.filter { $0.kind != .template }
        if !request.isEmpty {
            var requestBody: [HCLBodyItem] = []
            for parameter in request {
                if !requestBody.isEmpty { requestBody.append(.blankLine) }
                requestBody.append(TF.block(parameter.kind == .query ? "query_parameter" : "header", body: Self.parameterBody(parameter)))
            }
            body.append(.blankLine)
            body.append(TF.block("request", body: requestBody))
        }
        return TF.resource(Self.operationResource, names.content.operation(api: api.name, operation: operation.name), body)
    }

    static func parameterBody(_ parameter: OperationParameter) -> [HCLBodyItem] {
        var body: [HCLBodyItem] = [
            TF.attr("name", .string(parameter.name)),
            TF.attr("required", .bool(parameter.required)),
            TF.attr("type", .string(parameter.type)),
        ]
        if let description = parameter.description { body.append(TF.attr("description", .string(description))) }
        if !parameter.values.isEmpty { body.append(TF.attr("values", TF.strings(parameter.values))) }
        return body
    }

    private func product(_ product: Product) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("product_id", .string(product.name))] + inService + [
            TF.attr("display_name", .string(product.displayName)),
        ]
        if let description = product.description { body.append(TF.attr("description", .string(description))) }
        body.append(TF.attr("subscription_required", .bool(product.subscriptionRequired)))
        if product.subscriptionRequired {
            body.append(TF.attr("approval_required", .bool(product.approvalRequired)))
            if let limit = product.subscriptionsLimit { body.append(TF.attr("subscriptions_limit", .number(limit))) }
        }
        body.append(TF.attr("published", .bool(product.published)))
        return TF.resource(Self.productResource, names.content.product(product.name), body)
    }

    private func productAPI(_ product: Product, _ api: String) -> HCLBodyItem {
        TF.resource("azurerm_api_management_product_api", names.content.product(product.name) + "_" + names.api(api), [
            TF.attr("product_id", TF.ref(Self.productResource, names.content.product(product.name), "product_id")),
            TF.attr("api_name", apiName(api)),
        ] + inService)
    }
}
