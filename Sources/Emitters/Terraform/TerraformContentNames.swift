import DSL

/// Local names of the API Management content blocks: each entity after its APIM name in snake
/// case (`azurerm_api_management_api.catalog_v1`, `azurerm_api_management_named_value.tenant_id`);
/// an operation, a product's API link and an API's diagnostic after both of their parts
/// (`catalog_v1_get_product`, `standard_catalog_v1`). Policies take the name of what they
/// apply to.
struct TerraformContentNames {
    private var namedValues: [String: String] = [:]
    private var certificates: [String: String] = [:]
    private var backends: [String: String] = [:]
    private var loggers: [String: String] = [:]
    private var versionSets: [String: String] = [:]
    private var fragments: [String: String] = [:]
    private var products: [String: String] = [:]
    /// `api/operation` → key.
    private var operations: [String: String] = [:]

    init(_ content: APIManagementContent, apis: (String) -> String) {
        namedValues = Self.keys(content.namedValues.map(\.name))
        certificates = Self.keys(content.certificates.map(\.name))
        backends = Self.keys(content.backends.map(\.name))
        loggers = Self.keys(content.loggers.map(\.name))
        versionSets = Self.keys(content.versionSets.map(\.name))
        fragments = Self.keys(content.fragments.map(\.name))
        products = Self.keys(content.products.map(\.name))
        var operationKeys = KeyAllocator()
        for api in content.apis {
            for operation in api.operations {
                operations[api.name + "/" + operation.name] = operationKeys.claim(apis(api.name) + "_" + SnakeCase.identifier(operation.name))
            }
        }
    }

    private static func keys(_ names: [String]) -> [String: String] {
        var allocator = KeyAllocator()
        var keys: [String: String] = [:]
        for name in names { keys[name] = allocator.claim(SnakeCase.identifier(name)) }
        return keys
    }

    func namedValue(_ name: String) -> String { namedValues[name] ?? SnakeCase.identifier(name) }
    func certificate(_ name: String) -> String { certificates[name] ?? SnakeCase.identifier(name) }
    func backend(_ name: String) -> String { backends[name] ?? SnakeCase.identifier(name) }
    func logger(_ name: String) -> String { loggers[name] ?? SnakeCase.identifier(name) }
    func versionSet(_ name: String) -> String { versionSets[name] ?? SnakeCase.identifier(name) }
    func fragment(_ name: String) -> String { fragments[name] ?? SnakeCase.identifier(name) }
    func product(_ name: String) -> String { products[name] ?? SnakeCase.identifier(name) }
    func operation(api: String, operation: String) -> String {
        operations[api + "/" + operation] ?? SnakeCase.identifier(api + "_" + operation)
    }
}
