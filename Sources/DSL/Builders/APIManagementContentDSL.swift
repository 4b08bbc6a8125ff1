extension API: APIManagementComponent {
    /// An API at `path`; `.external` exposure publishes it through the gateway. The block
    /// holds its operations and `Policies { … }`.
    /// Callers need a subscription key unless `subscriptionRequired: false`; the API answers on
    /// HTTPS only unless `protocols` says otherwise.
    ///
    /// ```swift
    /// API("orders", path: "external/orders", exposure: .external) {
    ///     APIOperation("get-order", .get, "/orders/{orderId}")
    /// }
    /// API("catalog-v1", path: "catalog", displayName: "Catalog", backend: "catalog-backend", exposure: .external,
    ///     versionSet: "catalog", version: "v1", importing: .openAPI("apis/catalog.openapi.yaml"))
    /// ```
    public init(_ name: String, path: String, displayName: String? = nil, description: String? = nil, serviceURL: String? = nil, backend: String? = nil,
                exposure: Exposure = .internal, protocols: [APIProtocol] = [.https], subscriptionRequired: Bool = true,
                versionSet: String? = nil, version: String? = nil, importing definition: APIDefinition? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any APIComponent> _ content: () -> [any APIComponent] = { [] }) {
        self.init(name: name, displayName: displayName, path: path, serviceURL: serviceURL, exposure: exposure, description: description, protocols: protocols,
                  backend: backend, subscriptionRequired: subscriptionRequired, versionSet: versionSet, version: version, definition: definition,
                  location: .here(file, line, column))
        for component in content() { component.apply(to: &self) }
    }

    /// Adds the API to the service's content.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.apis.append(self) }
}

extension APIDefinition {
    /// An OpenAPI document (YAML or JSON by extension) next to the manifest.
    ///
    /// ```swift
    /// API("catalog-v1", path: "catalog", importing: .openAPI("apis/catalog.openapi.yaml"))
    /// ```
    public static func openAPI(_ path: String) -> APIDefinition {
        APIDefinition(path: path, format: path.lowercased().hasSuffix(".json") ? .openAPIJSON : .openAPI)
    }

    /// A WSDL document next to the manifest.
    /// API Management imports it as a SOAP pass-through API.
    ///
    /// ```swift
    /// API("billing-soap", path: "billing", backend: "billing-backend", importing: .wsdl("apis/billing.wsdl"))
    /// ```
    public static func wsdl(_ path: String) -> APIDefinition {
        APIDefinition(path: path, format: .wsdl)
    }
}

extension APIOperation: APIComponent {
    /// An operation: `APIOperation("get-order", .get, "/orders/{orderId}") { Policies { … } }`.
    /// Template parameters not declared are added (as required strings) by resolve.
    ///
    /// ```swift
    /// APIOperation("get-product", .get, "/products/{productId}") {
    ///     OperationParameter("include", .query, values: ["reviews", "stock"])
    /// }
    /// ```
    public init(_ name: String, _ method: HTTPMethod, _ urlTemplate: String, displayName: String? = nil, description: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any OperationComponent> _ content: () -> [any OperationComponent] = { [] }) {
        self.init(name: name, displayName: displayName, method: method, urlTemplate: urlTemplate, description: description, location: .here(file, line, column))
        for component in content() { component.apply(to: &self) }
    }

    /// Adds the operation to the API.
    public func apply(to api: inout API) { api.operations.append(self) }
}

extension OperationParameter: OperationComponent {
    /// A template, query or header parameter of an operation.
    /// A template parameter is always required, whatever `required` says; `values` are the
    /// values API Management lists for it (and `ValidateParameters` checks).
    ///
    /// ```swift
    /// OperationParameter("include", .query, values: ["reviews", "stock"])
    /// OperationParameter("If-Match", .header, required: true)
    /// ```
    public init(_ name: String, _ kind: Kind, type: String = "string", required: Bool = false, description: String? = nil, values: [String] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, kind: kind, type: type, required: required, description: description, values: values, location: .here(file, line, column))
    }

    /// Adds the parameter to the operation.
    public func apply(to operation: inout APIOperation) { operation.parameters.append(self) }
}

extension APIVersionSet: APIManagementComponent {
    /// A version set APIs join with `API(…, versionSet: "…", version: "v2")`.
    /// `.segment` puts the version in the path (`/catalog/v1/…`), `.query` and `.header` in the
    /// parameter or header they name.
    ///
    /// ```swift
    /// APIVersionSet("catalog", displayName: "Catalog", scheme: .segment)
    /// APIVersionSet("orders", scheme: .header("Api-Version"))
    /// ```
    public init(_ name: String, displayName: String? = nil, scheme: Scheme, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, displayName: displayName, scheme: scheme, location: .here(file, line, column))
    }

    /// Adds the version set to the service.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.versionSets.append(self) }
}

extension Product: APIManagementComponent {
    /// A product over declared APIs; its block holds the product's `Policies { … }`.
    /// `approvalRequired` makes an administrator approve each subscription; `subscriptionsLimit`
    /// nil lets a user hold any number.
    ///
    /// ```swift
    /// Product("partners", displayName: "Partners", apis: ["orders"], approvalRequired: true, subscriptionsLimit: 1) {
    ///     Policies {
    ///         Inbound {
    ///             Base()
    ///             Quota(calls: 1_000_000, renewalPeriod: 2_592_000)
    ///         }
    ///     }
    /// }
    /// ```
    public init(_ name: String, displayName: String? = nil, description: String? = nil, apis: [String], subscriptionRequired: Bool = true,
                approvalRequired: Bool = false, subscriptionsLimit: Int? = nil, published: Bool = true,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any ProductComponent> _ content: () -> [any ProductComponent] = { [] }) {
        self.init(name: name, displayName: displayName, description: description, apis: apis, subscriptionRequired: subscriptionRequired,
                  approvalRequired: approvalRequired, subscriptionsLimit: subscriptionsLimit, published: published, location: .here(file, line, column))
        for component in content() { component.apply(to: &self) }
    }

    /// Adds the product to the service.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.products.append(self) }
}

extension NamedValue: APIManagementComponent {
    /// A named value: `NamedValue("tenant-id", .plain("…"))`,
    /// `NamedValue("orders-key", .keyVault(vault: "kv", secret: "orders-key", identity: .systemAssigned))`
    /// (a firewalled vault admits only the service's system-assigned identity).
    ///
    /// ```swift
    /// NamedValue("tenant-id", .plain("00000000-0000-0000-0000-000000000000"))
    /// NamedValue("catalog-backend-key", .keyVault(vault: "kv-fabrikam-apis", secret: "catalog-backend-key", identity: .systemAssigned))
    /// ```
    public init(_ name: String, _ value: Value, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, value: value, location: .here(file, line, column))
    }

    /// Adds the named value to the service.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.namedValues.append(self) }
}

/// A certificate API Management presents to backends, in the DSL's words.
///
/// ```swift
/// Certificate("billing-client", keyVault: "kv-fabrikam-apis", certificate: "billing-client")
/// ```
public typealias Certificate = APIManagementCertificate

extension APIManagementCertificate: APIManagementComponent {
    /// A client certificate the service reads from Key Vault, for
    /// `AuthenticationCertificate(certificateID:)` and backend credentials:
    ///
    /// ```swift
    /// Certificate("billing-client", keyVault: "kv-fabrikam-apis", certificate: "billing-client")
    /// ```
    ///
    /// The service reads it with its system-assigned identity (the only one a firewalled vault
    /// admits) unless `identity:` names a user-assigned one.
    public init(_ name: String, keyVault vault: String, certificate: String, identity: ManagedIdentityReference = .systemAssigned,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, keyVault: KeyVaultCertificate(vault: vault, certificate: certificate, identity: identity), location: .here(file, line, column))
    }

    /// Adds the certificate to the service.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.certificates.append(self) }
}

extension APIBackend: APIManagementComponent {
    /// A backend at `url`, with the credentials it is sent and its TLS checks.
    /// Both TLS checks stay on unless `tls` turns one off; credential values reference named
    /// values (`{{catalog-backend-key}}`), so no secret is written.
    ///
    /// ```swift
    /// APIBackend("catalog-backend", url: "https://catalog.internal.fabrikam.com/api",
    ///            credentials: BackendCredentials(headers: [BackendCredentialItem(name: "x-functions-key", values: ["{{catalog-backend-key}}"])]))
    /// APIBackend("billing-backend", url: "https://billing.internal.fabrikam.com/soap", protocol: .soap)
    /// ```
    public init(_ name: String, url: String, protocol: BackendProtocol = .http, description: String? = nil, credentials: BackendCredentials = .init(),
                tls: BackendTLS = .init(), file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, url: url, protocol: `protocol`, description: description, credentials: credentials, tls: tls, location: .here(file, line, column))
    }

    /// Adds the backend to the service.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.backends.append(self) }
}

extension APILogger: APIManagementComponent {
    /// A logger: `APILogger("appinsights", .applicationInsights(component: "appi-x", connectionString: "{{appinsights-connection}}"))`.
    ///
    /// ```swift
    /// APILogger("appinsights", .applicationInsights(component: "appi-fabrikam-apis", connectionString: "{{appinsights-connection-string}}"))
    /// APILogger("audit-hub", .eventHub(namespace: "evhns-fabrikam-audit", eventHub: "apim-audit", identity: "id-fabrikam-apim"))
    /// ```
    public init(_ name: String, _ destination: Destination, description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, destination: destination, description: description, location: .here(file, line, column))
    }

    /// Adds the logger to the service.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.loggers.append(self) }
}

extension APIDiagnostic: APIManagementComponent {
    /// Request logging to `logger`, for every API or for `api`.
    /// By default every request is sampled at `.information`, errors are always logged and
    /// client IPs are recorded.
    ///
    /// ```swift
    /// APIDiagnostic(logger: "appinsights", samplingPercentage: 25)
    /// APIDiagnostic(logger: "azuremonitor", api: "catalog-v1", verbosity: .error)
    /// ```
    public init(logger: String, api: String? = nil, samplingPercentage: Double = 100, verbosity: Verbosity = .information, alwaysLogErrors: Bool = true,
                logClientIP: Bool = true, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(logger: logger, api: api, samplingPercentage: samplingPercentage, verbosity: verbosity, alwaysLogErrors: alwaysLogErrors,
                  logClientIP: logClientIP, location: .here(file, line, column))
    }

    /// Adds the diagnostic to the service.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.diagnostics.append(self) }
}

extension PolicyFragment: APIManagementComponent {
    /// A fragment policies include with `IncludeFragment("name")`.
    ///
    /// ```swift
    /// PolicyFragment("correlation", description: "Propagates a correlation id") {
    ///     SetHeader("X-Correlation-Id", value: "@(context.RequestId.ToString())", existsAction: .skip)
    /// }
    /// ```
    public init(_ name: String, description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        self.init(name: name, description: description, statements: statements().map(\.policyNode), location: .here(file, line, column))
    }

    /// Adds the fragment to the service.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.fragments.append(self) }
}
