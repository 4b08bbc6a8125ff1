import DSL

/// Version sets, the APIs (imported from their definition files when they have one) with their
/// operations, products with the APIs they grant, and the diagnostics that log the APIs.
extension DeployScript {
    var apisStep: ScriptStep? {
        guard deployment.apiManagement != nil,
              !content.versionSets.isEmpty || !content.apis.isEmpty || !content.products.isEmpty || !content.diagnostics.isEmpty else { return nil }
        var statements: [PSStatement] = content.versionSets.flatMap(versionSet)
        for api in content.apis {
            statements += self.api(api)
            statements += api.operations.flatMap { operation($0, of: api) }
        }
        statements += content.products.flatMap(product)
        statements += content.diagnostics.flatMap(diagnostic)
        return ScriptStep(title: "APIs and products", statements: statements)
    }

    private func versionSet(_ set: APIVersionSet) -> [PSStatement] {
        var arguments: [PSArgument] = [Self.inContext, .named("ApiVersionSetId", .string(set.name)), .named("Name", .string(set.displayName))]
        switch set.scheme {
        case .segment: arguments.append(.named("Scheme", .bareword("Segment")))
        case .query(let name): arguments += [.named("Scheme", .bareword("Query")), .named("QueryName", .string(name))]
        case .header(let name): arguments += [.named("Scheme", .bareword("Header")), .named("HeaderName", .string(name))]
        }
        return ScriptIdioms.createIfMissing(
            "API version set", target: .string(set.name),
            get: PSCommand("Get-AzApiManagementApiVersionSet", [Self.inContext, .named("ApiVersionSetId", .string(set.name))]),
            create: PSCommand("New-AzApiManagementApiVersionSet", arguments))
    }

    /// `-Protocols` / `-Protocol` values as the cmdlets spell them (`Https`).
    static func protocols(_ api: API) -> PSExpression {
        ScriptIdioms.strings(api.protocols.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() })
    }

    /// Import-AzApiManagementApi's name of each definition format.
    static func specificationFormat(_ format: APIDefinition.Format) -> String {
        switch format {
        case .openAPI: "OpenApi"
        case .openAPIJSON: "OpenApiJson"
        case .swaggerJSON: "Swagger"
        case .wsdl: "Wsdl"
        case .wadl: "Wadl"
        case .graphQL: "GraphQL"
        }
    }

    /// Where the API forwards by default: its service URL, else its backend's URL.
    func serviceURL(_ api: API) -> String? {
        api.serviceURL ?? api.backend.flatMap { name in content.backends.first { $0.name == name }?.url }
    }

    private func api(_ api: API) -> [PSStatement] {
        let create: [PSStatement]
        var update: [PSStatement]
        var compared: [(property: String, value: PSExpression)] = [
            ("Name", .string(api.displayName)), ("Path", .string(api.path)),
            ("Protocols", .array(api.protocols.map { .string($0.rawValue) })), ("SubscriptionRequired", .bool(api.subscriptionRequired)),
        ]
        if let description = api.description { compared.append(("Description", .string(description))) }
        var version: [PSArgument] = []
        if let set = api.versionSet, let number = api.version {
            version = [.named("ApiVersionSetId", .string(set)), .named("ApiVersion", .string(number))]
        }
        if let definition = api.definition {
            var arguments: [PSArgument] = [
                Self.inContext, .named("ApiId", .string(api.name)),
                .named("SpecificationFormat", .bareword(Self.specificationFormat(definition.format))),
                definition.format == .graphQL ? .named("SpecificationUrl", .string(definition.path)) : .named("SpecificationPath", inputs.path(definition.path)),
                .named("Path", .string(api.path)), .named("Protocol", Self.protocols(api)),
            ]
            if definition.format == .wsdl { arguments.append(.named("ApiType", .bareword("Soap"))) }
            if let url = serviceURL(api) { arguments.append(.named("ServiceUrl", .string(url))) }
            arguments += version
            var settings: [PSArgument] = [Self.inContext, .named("ApiId", .string(api.name)), .named("Name", .string(api.displayName))]
            if let description = api.description { settings.append(.named("Description", .string(description))) }
            settings.append(.switchValue("SubscriptionRequired", api.subscriptionRequired))
            create = [
                ScriptIdioms.comment("The definition brings the operations; the name and subscription requirement come from the manifest."),
                .assign(.null, .command(PSCommand("Import-AzApiManagementApi", arguments))),
                .assign(.null, .command(PSCommand("Set-AzApiManagementApi", settings))),
            ]
            // The definition file is the source of its operations: a rerun imports it again, which
            // replaces the API's operations with the file's (an unchanged file changes nothing).
            update = create
            compared = []
        } else if let url = serviceURL(api) {
            var arguments: [PSArgument] = [
                Self.inContext, .named("ApiId", .string(api.name)), .named("Name", .string(api.displayName)),
                .named("Path", .string(api.path)), .named("Protocols", Self.protocols(api)), .named("ServiceUrl", .string(url)),
            ]
            if let description = api.description { arguments.append(.named("Description", .string(description))) }
            arguments.append(.switchValue("SubscriptionRequired", api.subscriptionRequired))
            create = [.assign(.null, .command(PSCommand("New-AzApiManagementApi", arguments + version)))]
            update = [.assign(.null, .command(PSCommand("Set-AzApiManagementApi", arguments)))]
            compared.append(("ServiceUrl", .string(url)))
        } else {
            var properties: [PSHashEntry] = [
                PSHashEntry("displayName", .string(api.displayName)), PSHashEntry("path", .string(api.path)),
                PSHashEntry("protocols", .array(api.protocols.map { .string($0.rawValue) })),
                PSHashEntry("subscriptionRequired", .bool(api.subscriptionRequired)),
            ]
            if let description = api.description { properties.append(PSHashEntry("description", .string(description))) }
            if let set = api.versionSet, let number = api.version {
                properties += [PSHashEntry("apiVersionSetId", ManagementRequest.resourceID("apiVersionSets/\(set)")), PSHashEntry("apiVersion", .string(number))]
            }
            create = [ScriptIdioms.comment("No service URL: its policies choose the backend (New-AzApiManagementApi requires one).")]
                + ManagementRequest.send("API", path: "apis/\(api.name)", properties: properties)
            update = ManagementRequest.send("API", path: "apis/\(api.name)", properties: properties)
        }
        return ScriptIdioms.reconcile(
            "API", target: .string(api.name),
            get: PSCommand("Get-AzApiManagementApi", [Self.inContext, .named("ApiId", .string(api.name))]),
            create: create, update: update, compared: compared)
    }

    static let parameterType = "Microsoft.Azure.Commands.ApiManagement.ServiceManagement.Models.PsApiManagementParameter"
    static let requestType = "Microsoft.Azure.Commands.ApiManagement.ServiceManagement.Models.PsApiManagementRequest"

    static func parameter(_ parameter: OperationParameter) -> PSExpression {
        var entries: [PSHashEntry] = [
            PSHashEntry("Name", .string(parameter.name)), PSHashEntry("Type", .string(parameter.type)),
            PSHashEntry("Required", .bool(parameter.required)),
        ]
        if let description = parameter.description { entries.append(PSHashEntry("Description", .string(description))) }
        if !parameter.values.isEmpty { entries.append(PSHashEntry("Values", .array(parameter.values.map { .string($0) }))) }
        return .cast(parameterType, .hashtable(entries))
    }

    private func operation(_ operation: APIOperation, of api: API) -> [PSStatement] {
        var arguments: [PSArgument] = [
            Self.inContext, .named("ApiId", .string(api.name)), .named("OperationId", .string(operation.name)),
            .named("Name", .string(operation.displayName)), .named("Method", .string(operation.method.rawValue)),
            .named("UrlTemplate", .string(operation.urlTemplate)),
        ]
        if let description = operation.description { arguments.append(.named("Description", .string(description))) }
        let template = operation.parameters.filter { $0.kind == .template }
        if !template.isEmpty { arguments.append(.named("TemplateParameters", .array(template.map(Self.parameter)))) }
        let query = operation.parameters.filter { $0.kind == .query }
        let headers = operation.parameters.filter { $0.kind == .header }
        if !query.isEmpty || !headers.isEmpty {
            var request: [PSHashEntry] = []
            if !query.isEmpty { request.append(PSHashEntry("QueryParameters", .array(query.map(Self.parameter)))) }
            if !headers.isEmpty { request.append(PSHashEntry("Headers", .array(headers.map(Self.parameter)))) }
            arguments.append(.named("Request", .cast(Self.requestType, .hashtable(request))))
        }
        var compared: [(property: String, value: PSExpression)] = [
            ("Name", .string(operation.displayName)), ("Method", .string(operation.method.rawValue)), ("UrlTemplate", .string(operation.urlTemplate)),
        ]
        if let description = operation.description { compared.append(("Description", .string(description))) }
        return ScriptIdioms.reconcile(
            "operation \(operation.name) of API \(api.name)", target: .string(operation.name),
            get: PSCommand("Get-AzApiManagementOperation", [Self.inContext, .named("ApiId", .string(api.name)), .named("OperationId", .string(operation.name))]),
            create: [.assign(.null, .command(PSCommand("New-AzApiManagementOperation", arguments)))],
            update: [.assign(.null, .command(PSCommand("Set-AzApiManagementOperation", arguments)))], compared: compared)
    }

    private func product(_ product: Product) -> [PSStatement] {
        var arguments: [PSArgument] = [Self.inContext, .named("ProductId", .string(product.name)), .named("Title", .string(product.displayName))]
        if let description = product.description { arguments.append(.named("Description", .string(description))) }
        arguments.append(.named("SubscriptionRequired", .bool(product.subscriptionRequired)))
        if product.subscriptionRequired {
            arguments.append(.named("ApprovalRequired", .bool(product.approvalRequired)))
            if let limit = product.subscriptionsLimit { arguments.append(.named("SubscriptionsLimit", .int(limit))) }
        }
        arguments.append(.named("State", .bareword(product.published ? "Published" : "NotPublished")))
        let compared: [(property: String, value: PSExpression)] = arguments.compactMap { argument in
            guard case .named(let name, let value) = argument, ["Title", "Description", "SubscriptionRequired", "ApprovalRequired", "SubscriptionsLimit", "State"].contains(name) else { return nil }
            return (name, value)
        }
        var statements = ScriptIdioms.reconcile(
            "product", target: .string(product.name),
            get: PSCommand("Get-AzApiManagementProduct", [Self.inContext, .named("ProductId", .string(product.name))]),
            create: [.assign(.null, .command(PSCommand("New-AzApiManagementProduct", arguments)))],
            update: [.assign(.null, .command(PSCommand("Set-AzApiManagementProduct", arguments)))], compared: compared)
        if !product.apis.isEmpty {
            statements.append(ScriptIdioms.whenApproved(.string(product.name), "Add APIs \(product.apis.joined(separator: ", "))",
                product.apis.map { api in
                    .command(PSCommand("Add-AzApiManagementApiToProduct", [Self.inContext, .named("ProductId", .string(product.name)), .named("ApiId", .string(api))]))
                }))
        }
        return statements
    }

    /// A diagnostic's id is the kind of its logger; Event Hub loggers take records from
    /// `log-to-eventhub` policies, not from diagnostics.
    static func diagnosticID(_ logger: APILogger) -> String? {
        switch logger.destination {
        case .applicationInsights: "applicationinsights"
        case .azureMonitor: "azuremonitor"
        case .eventHub: nil
        }
    }

    private func diagnostic(_ diagnostic: APIDiagnostic) -> [PSStatement] {
        guard let logger = content.loggers.first(where: { $0.name == diagnostic.logger }), let id = Self.diagnosticID(logger) else { return [] }
        var properties: [PSHashEntry] = [
            PSHashEntry("loggerId", ManagementRequest.resourceID("loggers/\(Self.loggerID(logger))")),
            PSHashEntry("sampling", .hashtable([PSHashEntry("samplingType", .string("fixed")), PSHashEntry("percentage", .double(diagnostic.samplingPercentage))])),
            PSHashEntry("verbosity", .string(diagnostic.verbosity.rawValue)),
            PSHashEntry("logClientIp", .bool(diagnostic.logClientIP)),
        ]
        if diagnostic.alwaysLogErrors { properties.append(PSHashEntry("alwaysLog", .string("allErrors"))) }
        let path = diagnostic.api.map { "apis/\($0)/diagnostics/\(id)" } ?? "diagnostics/\(id)"
        return [ScriptIdioms.comment("The diagnostic cmdlet cannot set verbosity or client IP logging.")]
            + ManagementRequest.put("diagnostic \(id)", target: .string(diagnostic.api ?? id), path: path, properties: properties)
    }
}
