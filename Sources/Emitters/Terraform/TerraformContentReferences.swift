import DSL

/// How API Management content blocks refer to the service and to each other, and the
/// `depends_on` lists for references Terraform cannot see (a `{{named-value}}` inside a string
/// or a policy file).
extension TerraformContext {
    static let namedValueResource = "azurerm_api_management_named_value"
    static let backendResource = "azurerm_api_management_backend"
    static let certificateResource = "azurerm_api_management_certificate"
    static let loggerResource = "azurerm_api_management_logger"
    static let fragmentResource = "azurerm_api_management_policy_fragment"
    static let apiResource = "azurerm_api_management_api"
    static let operationResource = "azurerm_api_management_api_operation"
    static let productResource = "azurerm_api_management_product"
    static let versionSetResource = "azurerm_api_management_api_version_set"

    /// The id of API Management's built-in Azure Monitor logger, which every service has.
    static let azureMonitorLoggerID = "azuremonitor"

    var content: APIManagementContent { deployment.apiManagement?.content ?? APIManagementContent() }

    /// `resource_group_name` and `api_management_name`, which place most content blocks.
    var inService: [HCLBodyItem] {
        [
            TF.attr("resource_group_name", resourceGroupName),
            TF.attr("api_management_name", TF.ref(Self.apiManagementResource, TerraformNames.main, "name")),
        ]
    }

    var apiManagementID: HCLExpression { TF.ref(Self.apiManagementResource, TerraformNames.main, "id") }

    func apiName(_ api: String) -> HCLExpression { TF.ref(Self.apiResource, names.api(api), "name") }

    /// Declared content a text reference points at, as `depends_on` entries, in a fixed order:
    /// named values, fragments, backends, loggers. Names the model does not declare (and the
    /// built-in Azure Monitor logger) have no block to wait for.
    func textualDependencies(namedValues: [String] = [], fragments: [String] = [], backends: [String] = [], loggers: [String] = [],
                             certificates: [String] = []) -> [HCLExpression] {
        var dependencies: [HCLExpression] = []
        for name in certificates where content.certificates.contains(where: { $0.name == name }) {
            dependencies.append(.ref("\(Self.certificateResource).\(names.content.certificate(name))"))
        }
        for name in namedValues {
            if let declared = content.namedValues.first(where: { $0.name.lowercased() == name.lowercased() }) {
                dependencies.append(.ref("\(Self.namedValueResource).\(names.content.namedValue(declared.name))"))
            }
        }
        for name in fragments where content.fragments.contains(where: { $0.name == name }) {
            dependencies.append(.ref("\(Self.fragmentResource).\(names.content.fragment(name))"))
        }
        for name in backends where content.backends.contains(where: { $0.name == name }) {
            dependencies.append(.ref("\(Self.backendResource).\(names.content.backend(name))"))
        }
        for name in loggers {
            if let logger = content.loggers.first(where: { $0.name == name }), hasLoggerResource(logger) {
                dependencies.append(.ref("\(Self.loggerResource).\(names.content.logger(name))"))
            }
        }
        return dependencies
    }

    func textualDependencies(_ references: PolicyReferences) -> [HCLExpression] {
        textualDependencies(namedValues: references.namedValues, fragments: references.fragments,
                            backends: references.backends, loggers: references.loggers, certificates: references.certificates)
    }

    /// `depends_on` after a blank line and the reason, or nothing.
    func dependsOn(_ dependencies: [HCLExpression], because reason: String) -> [HCLBodyItem] {
        dependencies.isEmpty ? [] : [.blankLine, .comment(reason), TF.attr("depends_on", .list(dependencies))]
    }

    /// The Azure Monitor logger is built into the service; the others are declared blocks.
    func hasLoggerResource(_ logger: APILogger) -> Bool {
        if case .azureMonitor = logger.destination { false } else { true }
    }

    func loggerID(_ logger: APILogger) -> HCLExpression {
        hasLoggerResource(logger)
            ? TF.ref(Self.loggerResource, names.content.logger(logger.name), "id")
            : .template([.interpolation(apiManagementID), .literal("/loggers/\(Self.azureMonitorLoggerID)")])
    }

    /// The versionless identifier of a Key Vault secret, built from the vault's URI so that
    /// Terraform knows the dependency and Azure follows new versions.
    func versionlessSecretID(vault: String, secret: String) -> HCLExpression {
        .template([.interpolation(keyVaultAttribute(vault, "vault_uri")), .literal("secrets/\(secret)")])
    }

    /// `file("${path.module}/policies/<APIOps path>")`: the policy file this module ships.
    func policyFile(_ scope: PolicyScope) -> HCLExpression {
        .call("file", [.template([.interpolation(.ref("path.module")), .literal("/\(Self.policiesFolder)\(scope.apiOpsPath)")])])
    }

    /// The folder, inside the module, that holds the policy files (the APIOps layout).
    static let policiesFolder = "policies/"
}
