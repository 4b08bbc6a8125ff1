extension API: APIManagementComponent {
    /// An API at `path`; `.external` exposure publishes it through the gateway. The block
    /// holds its operations and `Policies { … }`.
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

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.apis.append(self) }
}

extension APIDefinition {
    /// An OpenAPI document (YAML or JSON by extension) next to the manifest.
    public static func openAPI(_ path: String) -> APIDefinition {
        APIDefinition(path: path, format: path.lowercased().hasSuffix(".json") ? .openAPIJSON : .openAPI)
    }

    /// A WSDL document next to the manifest.
    public static func wsdl(_ path: String) -> APIDefinition {
        APIDefinition(path: path, format: .wsdl)
    }
}

extension APIOperation: APIComponent {
    /// An operation: `APIOperation("get-order", .get, "/orders/{orderId}") { Policies { … } }`.
    /// Template parameters not declared are added (as required strings) by resolve.
    public init(_ name: String, _ method: HTTPMethod, _ urlTemplate: String, displayName: String? = nil, description: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any OperationComponent> _ content: () -> [any OperationComponent] = { [] }) {
        self.init(name: name, displayName: displayName, method: method, urlTemplate: urlTemplate, description: description, location: .here(file, line, column))
        for component in content() { component.apply(to: &self) }
    }

    public func apply(to api: inout API) { api.operations.append(self) }
}

extension OperationParameter: OperationComponent {
    /// A template, query or header parameter of an operation.
    public init(_ name: String, _ kind: Kind, type: String = "string", required: Bool = false, description: String? = nil, values: [String] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, kind: kind, type: type, required: required, description: description, values: values, location: .here(file, line, column))
    }

    public func apply(to operation: inout APIOperation) { operation.parameters.append(self) }
}

extension APIVersionSet: APIManagementComponent {
    /// A version set APIs join with `API(…, versionSet: "…", version: "v2")`.
    public init(_ name: String, displayName: String? = nil, scheme: Scheme, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, displayName: displayName, scheme: scheme, location: .here(file, line, column))
    }

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.versionSets.append(self) }
}

extension Product: APIManagementComponent {
    /// A product over declared APIs; its block holds the product's `Policies { … }`.
    public init(_ name: String, displayName: String? = nil, description: String? = nil, apis: [String], subscriptionRequired: Bool = true,
                approvalRequired: Bool = false, subscriptionsLimit: Int? = nil, published: Bool = true,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any ProductComponent> _ content: () -> [any ProductComponent] = { [] }) {
        self.init(name: name, displayName: displayName, description: description, apis: apis, subscriptionRequired: subscriptionRequired,
                  approvalRequired: approvalRequired, subscriptionsLimit: subscriptionsLimit, published: published, location: .here(file, line, column))
        for component in content() { component.apply(to: &self) }
    }

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.products.append(self) }
}

extension NamedValue: APIManagementComponent {
    /// A named value: `NamedValue("tenant-id", .plain("…"))`,
    /// `NamedValue("orders-key", .keyVault(vault: "kv", secret: "orders-key", identity: .systemAssigned))`
    /// (a firewalled vault admits only the service's system-assigned identity).
    public init(_ name: String, _ value: Value, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, value: value, location: .here(file, line, column))
    }

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.namedValues.append(self) }
}

/// A certificate API Management presents to backends, in the DSL's words.
public typealias Certificate = APIManagementCertificate

extension APIManagementCertificate: APIManagementComponent {
    /// A client certificate the service reads from Key Vault, for
    /// `AuthenticationCertificate(certificateID:)` and backend credentials:
    ///
    ///     Certificate("billing-client", keyVault: "kv-fabrikam-apis", certificate: "billing-client")
    ///
    /// The service reads it with its system-assigned identity (the only one a firewalled vault
    /// admits) unless `identity:` names a user-assigned one.
    public init(_ name: String, keyVault vault: String, certificate: String, identity: ManagedIdentityReference = .systemAssigned,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, keyVault: KeyVaultCertificate(vault: vault, certificate: certificate, identity: identity), location: .here(file, line, column))
    }

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.certificates.append(self) }
}

extension APIBackend: APIManagementComponent {
    /// A backend at `url`, with the credentials it is sent and its TLS checks.
    public init(_ name: String, url: String, protocol: BackendProtocol = .http, description: String? = nil, credentials: BackendCredentials = .init(),
                tls: BackendTLS = .init(), file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, url: url, protocol: `protocol`, description: description, credentials: credentials, tls: tls, location: .here(file, line, column))
    }

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.backends.append(self) }
}

extension APILogger: APIManagementComponent {
    /// A logger: `APILogger("appinsights", .applicationInsights(component: "appi-x", connectionString: "{{appinsights-connection}}"))`.
    public init(_ name: String, _ destination: Destination, description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, destination: destination, description: description, location: .here(file, line, column))
    }

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.loggers.append(self) }
}

extension APIDiagnostic: APIManagementComponent {
    /// Request logging to `logger`, for every API or for `api`.
    public init(logger: String, api: String? = nil, samplingPercentage: Double = 100, verbosity: Verbosity = .information, alwaysLogErrors: Bool = true,
                logClientIP: Bool = true, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(logger: logger, api: api, samplingPercentage: samplingPercentage, verbosity: verbosity, alwaysLogErrors: alwaysLogErrors,
                  logClientIP: logClientIP, location: .here(file, line, column))
    }

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.diagnostics.append(self) }
}

extension PolicyFragment: APIManagementComponent {
    /// A fragment policies include with `IncludeFragment("name")`.
    public init(_ name: String, description: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        self.init(name: name, description: description, statements: statements().map(\.policyNode), location: .here(file, line, column))
    }

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.fragments.append(self) }
}
