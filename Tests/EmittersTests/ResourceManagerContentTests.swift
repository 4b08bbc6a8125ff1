import DSL
import Testing
@testable import Emitters

/// API Management content in the shared template: what ARM and Bicep make of policies,
/// named values, loggers, diagnostics, imports and product links.
@Suite struct ResourceManagerContentTests {
    static var deployment: ResolvedDeployment {
        let deployment = Deployment("content", resourceGroup: "rg", region: .northEurope) {
            ManagedIdentity("id-apim")
            KeyVault("kv-apis")
            APIManagement("apim", sku: .developer, organization: "Contoso", adminEmail: "api@contoso.com") {
                NamedValue("Tenant-Id", .plain("0000"))
                NamedValue("partner-key", .secret(.parameter("partnerKey")))
                NamedValue("billing-key", .secret(.keyVaultSecret(vault: "kv-secrets", secret: "billing-key")))
                NamedValue("backend-key", .keyVault(vault: "kv-apis", secret: "backend-key", identity: "id-apim"))
                APIBackend("orders-backend", url: "https://orders.internal",
                           credentials: BackendCredentials(headers: [BackendCredentialItem(name: "x-key", values: ["{{backend-key}}"])]))
                APILogger("insights", .applicationInsights(component: "appi", connectionString: "{{partner-key}}"))
                APILogger("hub", .eventHub(namespace: "evhns", eventHub: "audit", identity: nil))
                APIDiagnostic(logger: "insights", api: "billing", samplingPercentage: 12.5)
                PolicyFragment("stamp") {
                    SetHeader("X-Tenant", values: ["{{Tenant-Id}}"])
                }
                Policies {
                    Inbound {
                        IncludeFragment("stamp")
                        RawPolicy(#"<set-backend-service backend-id="orders-backend" /><log-to-eventhub logger-id="hub">{{billing-key}}</log-to-eventhub>"#)
                    }
                }
                API("billing", path: "billing", importing: .wsdl("apis/billing.wsdl"))
                Product("partners", displayName: "Partners", apis: ["billing"], subscriptionRequired: false, approvalRequired: true, subscriptionsLimit: 3)
            }
        }
        return Resolver.resolve(deployment).0
    }

    static let template = RMTemplateBuilder.build(deployment)

    static func resource(_ symbol: String) throws -> RMResource {
        try #require(template.resources.first { $0.symbol.symbol == symbol })
    }

    @Test func policyReferencesCollectNamesFromAttributesTextAndRawXML() throws {
        let content = try #require(Self.deployment.apiManagement?.content)
        let global = try #require(content.scopedPolicies.first { $0.scope == .global })
        let references = PolicyReferences(global)
        #expect(references.fragments == ["stamp"])
        #expect(references.backends == ["orders-backend"])
        #expect(references.loggers == ["hub"])
        #expect(references.namedValues == ["billing-key"])
        let fragment = try #require(content.scopedPolicies.first { $0.scope == .fragment("stamp") })
        #expect(PolicyReferences(fragment).namedValues == ["Tenant-Id"])
    }

    @Test func policiesWaitForWhatTheyNameOnlyInText() throws {
        let global = try Self.resource("apiManagementPolicy")
        #expect(global.dependsOn.map(\.symbol) == ["namedValueBillingKey", "fragmentStamp", "backendOrdersBackend", "loggerHub"])
        #expect(try Self.resource("fragmentStamp").dependsOn.map(\.symbol) == ["namedValueTenantId"])
        #expect(try Self.resource("backendOrdersBackend").dependsOn.map(\.symbol) == ["namedValueBackendKey"])
        #expect(try Self.resource("loggerInsights").dependsOn.map(\.symbol) == ["namedValuePartnerKey"])
        let bicep = BicepWriter().render(BicepTemplateRenderer(template: Self.template).mainFile(description: "t"))
        #expect(bicep.contains("""
          properties: {
            format: 'rawxml'
            value: loadTextContent('policies/policy.xml')
          }
          dependsOn: [
            namedValueBillingKey
            fragmentStamp
            backendOrdersBackend
            loggerHub
          ]
        """))
    }

    @Test func armInlinesThePolicyFileBicepLoadsAndWrites() throws {
        let arm = ARMTemplateRenderer(template: Self.template).templateDocument(description: "t")
        guard case .array(let resources)? = arm["resources"] else { Issue.record("no resources"); return }
        let policy = try #require(resources.first { $0["type"] == "Microsoft.ApiManagement/service/policies" })
        #expect(policy["name"] == "apim/policy")
        let file = try #require(Self.template.files.first { $0.path == "policies/policy.xml" })
        #expect(policy["properties"]?["value"] == .string(file.contents))
        #expect(file.contents.hasPrefix("<policies>"))
        #expect(policy["dependsOn"]?[1] == "[resourceId('Microsoft.ApiManagement/service/namedValues', 'apim', 'billing-key')]")
    }

    @Test func bicepWritesThePolicyFilesThePoliciesFormatWrites() {
        let policies = PolicyEmitter().emit(Self.deployment).filter { $0.path.hasSuffix(".xml") }
        let bicepPolicies = BicepEmitter().emit(Self.deployment).filter { $0.path.hasPrefix("policies/") }
        #expect(!policies.isEmpty)
        #expect(bicepPolicies.map(\.path) == policies.map { "policies/" + $0.path })
        #expect(bicepPolicies.map(\.contents) == policies.map(\.contents))
    }

    @Test func namedValuesKeepSecretsOutOfTheTemplate() throws {
        let keyVault = try Self.resource("namedValueBackendKey").body.members.first { $0.key == .name("properties") }?.value
        guard case .object(let properties)? = keyVault, case .object(let reference)? = properties.members.first(where: { $0.key == .name("keyVault") })?.value else {
            Issue.record("no keyVault block"); return
        }
        #expect(reference.members.map(\.value) == ["https://kv-apis.vault.azure.net/secrets/backend-key",
                                                   .runtimeProperty(RMSymbol(symbol: "managedIdentity", type: "Microsoft.ManagedIdentity/userAssignedIdentities",
                                                                             apiVersion: RMAPIVersion.managedIdentity, nameSegments: ["id-apim"]), [.name("clientId")])])
        let partnerKey = try #require(Self.template.parameters.first { $0.name == "partnerKey" })
        #expect(partnerKey.type == .secureString && partnerKey.defaultValue == nil)
        let billingKey = try #require(Self.template.parameters.first { $0.name == "billingKey" })
        #expect(billingKey.type == .secureString)
        #expect(billingKey.source == .secret(environmentVariable: "BILLING_KEY"))
        #expect(billingKey.description.hasSuffix("Key Vault secret billing-key in kv-secrets."))
    }

    @Test func anImportedDefinitionIsACommandLineParameterAndWSDLMakesASOAPAPI() throws {
        let parameter = try #require(Self.template.parameters.first { $0.name == "billingDefinition" })
        #expect(parameter.type == .string)
        #expect(parameter.source == .commandLine(environmentVariable: "BILLING_DEFINITION"))
        let api = ARMTemplateRenderer(template: Self.template).json(.object(try Self.resource("apiBilling").body))
        #expect(api["properties"]?["type"] == "soap")
        #expect(api["properties"]?["format"] == "wsdl")
        #expect(api["properties"]?["value"] == "[parameters('billingDefinition')]")
    }

    @Test func diagnosticsAreNamedAfterTheLoggerKindAndTakeFractionalSampling() throws {
        let diagnostic = try Self.resource("apiBillingDiagnosticApplicationinsights")
        #expect(diagnostic.symbol.type == "Microsoft.ApiManagement/service/apis/diagnostics")
        #expect(diagnostic.symbol.nameSegments == ["apim", "billing", "applicationinsights"])
        let arm = ARMTemplateRenderer(template: Self.template).json(.object(diagnostic.body))
        #expect(arm["properties"]?["sampling"]?["percentage"] == "[json('12.5')]")
        #expect(RMExpression.number(100) == .int(100))
    }

    @Test func productLinksWaitForTheirAPIAndDropSubscriptionOnlySettings() throws {
        let link = try Self.resource("productPartnersApiBilling")
        #expect(link.dependsOn.map(\.symbol) == ["apiBilling"])
        let product = ARMTemplateRenderer(template: Self.template).json(.object(try Self.resource("productPartners").body))
        #expect(product["properties"]?["subscriptionRequired"] == false)
        #expect(product["properties"]?["approvalRequired"] == nil)
        #expect(product["properties"]?["subscriptionsLimit"] == nil)
    }
}
