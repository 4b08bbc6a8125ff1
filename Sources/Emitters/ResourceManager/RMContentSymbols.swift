import DSL

/// Symbols of API Management's child resources other than APIs, by the model's names:
/// `namedValueTenantId`, `backendCatalogBackend`, `apiCatalogV1GetProduct`, `apiCatalogV1Policy`.
struct RMContentSymbols {
    var namedValues: [String: RMSymbol] = [:]
    /// The developer portal's sign-up settings (`portalsettings/signup`).
    var signUp: RMSymbol?
    var certificates: [String: RMSymbol] = [:]
    var backends: [String: RMSymbol] = [:]
    var loggers: [String: RMSymbol] = [:]
    /// In the order of `APIManagementContent.diagnostics`.
    var diagnostics: [RMSymbol] = []
    var versionSets: [String: RMSymbol] = [:]
    var fragments: [String: RMSymbol] = [:]
    var products: [String: RMSymbol] = [:]
    /// Product name → API name → the link between them.
    var productAPIs: [String: [String: RMSymbol]] = [:]
    /// API name → operation name → operation.
    var operations: [String: [String: RMSymbol]] = [:]
    /// The `policy` child of each scope with a policy document (fragments are not here).
    var policies: [PolicyScope: RMSymbol] = [:]

    /// A named value's symbol; policies reference named values case-insensitively.
    func namedValue(_ name: String) -> RMSymbol? {
        namedValues[name] ?? namedValues.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

extension RMSymbols {
    mutating func addContentSymbols(_ apim: APIManagement, service: RMSymbol, name serviceName: RMExpression) {
        let content = apim.content
        let version = RMAPIVersion.apiManagement
        func child(_ type: String, _ names: String...) -> (String, [RMExpression]) {
            ("Microsoft.ApiManagement/service/" + type, [serviceName] + names.map { .string($0) })
        }
        func make(_ preferred: String, _ child: (type: String, segments: [RMExpression])) -> RMSymbol {
            self.make(preferred, child.type, version, child.segments)
        }
        self.content.signUp = make("apiManagementSignUp", child("portalsettings", "signup"))
        for value in content.namedValues {
            self.content.namedValues[value.name] = make("namedValue" + RMNaming.upperCamelCase(value.name), child("namedValues", value.name))
        }
        for certificate in content.certificates {
            self.content.certificates[certificate.name] = make("certificate" + RMNaming.upperCamelCase(certificate.name), child("certificates", certificate.name))
        }
        for backend in content.backends {
            self.content.backends[backend.name] = make("backend" + RMNaming.upperCamelCase(backend.name), child("backends", backend.name))
        }
        for logger in content.loggers {
            self.content.loggers[logger.name] = make("logger" + RMNaming.upperCamelCase(logger.name), child("loggers", logger.name))
        }
        for diagnostic in content.diagnostics {
            let name = Self.diagnosticName(content.loggers.first { $0.name == diagnostic.logger })
            let symbol: RMSymbol
            if let api = diagnostic.api {
                symbol = make((apis[api]?.symbol ?? "api" + RMNaming.upperCamelCase(api)) + "Diagnostic" + RMNaming.upperCamelCase(name),
                              child("apis/diagnostics", api, name))
            } else {
                symbol = make("diagnostic" + RMNaming.upperCamelCase(name), child("diagnostics", name))
            }
            self.content.diagnostics.append(symbol)
        }
        for set in content.versionSets {
            self.content.versionSets[set.name] = make("versionSet" + RMNaming.upperCamelCase(set.name), child("apiVersionSets", set.name))
        }
        for fragment in content.fragments {
            self.content.fragments[fragment.name] = make("fragment" + RMNaming.upperCamelCase(fragment.name), child("policyFragments", fragment.name))
        }
        if content.policies != nil {
            self.content.policies[.global] = make(service.symbol + "Policy", child("policies", "policy"))
        }
        for api in content.apis {
            let apiSymbol = apis[api.name]!.symbol
            if api.policies != nil {
                self.content.policies[.api(api.name)] = make(apiSymbol + "Policy", child("apis/policies", api.name, "policy"))
            }
            for operation in api.operations {
                let symbol = make(apiSymbol + RMNaming.upperCamelCase(operation.name), child("apis/operations", api.name, operation.name))
                self.content.operations[api.name, default: [:]][operation.name] = symbol
                if operation.policies != nil {
                    self.content.policies[.operation(api: api.name, operation: operation.name)] =
                        make(symbol.symbol + "Policy", child("apis/operations/policies", api.name, operation.name, "policy"))
                }
            }
        }
        for product in content.products {
            let symbol = make("product" + RMNaming.upperCamelCase(product.name), child("products", product.name))
            self.content.products[product.name] = symbol
            for api in product.apis {
                let apiSymbol = apis[api]?.symbol ?? RMNaming.camelCase(api)
                self.content.productAPIs[product.name, default: [:]][api] =
                    make(symbol.symbol + RMNaming.upperCamelCase(apiSymbol), child("products/apis", product.name, api))
            }
            if product.policies != nil {
                self.content.policies[.product(product.name)] = make(symbol.symbol + "Policy", child("products/policies", product.name, "policy"))
            }
        }
    }

    /// A diagnostic's name is fixed by its logger's kind: API Management accepts only
    /// `applicationinsights` and `azuremonitor` as diagnostic identifiers.
    static func diagnosticName(_ logger: APILogger?) -> String {
        switch logger?.destination {
        case .applicationInsights?: "applicationinsights"
        case .azureMonitor?: "azuremonitor"
        case .eventHub?, nil: logger?.name ?? "diagnostic"
        }
    }
}
