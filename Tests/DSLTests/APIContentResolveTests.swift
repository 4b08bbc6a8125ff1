import DSL
import Testing

@Suite struct APIContentResolveTests {
    /// The Learn fixture with `Expose(.gateway)` (no paths) and the given APIs.
    func learn(with apis: [API], paths: [String] = []) -> ResolvedDeployment {
        var deployment = Fixtures.learn()
        deployment.apiManagement!.content.apis = apis
        deployment.applicationGateway!.exposures[0].paths = paths
        return Resolver.resolve(deployment).0
    }

    let orders = API("orders", path: "external/orders", exposure: .external)
    let billing = API("billing", path: "/billing/", exposure: .external)
    let inventory = API("inventory", path: "internal/inventory", exposure: .internal)

    @Test func externalAPIsArePublishedThroughTheGatewayWhenNoPathsAreGiven() throws {
        let gateway = try #require(learn(with: [orders, inventory, billing]).applicationGateway)
        let map = try #require(gateway.urlPathMaps.first { $0.name == "gatewaypathmap" })
        #expect(map.pathRules.map(\.paths) == [["/external/orders/*", "/billing/*"]])
        #expect(map.defaultPool == "gatewaydeadend")
        #expect(gateway.backendPools.first { $0.name == "gatewaydeadend" }?.targets.isEmpty == true)
        #expect(gateway.rules.first { $0.name == "gatewayrule" }?.action == .pathBased(urlPathMap: "gatewaypathmap"))
    }

    @Test func explicitPathsWin() throws {
        let gateway = try #require(learn(with: [orders], paths: ["/v1/*"]).applicationGateway)
        #expect(gateway.urlPathMaps.first?.pathRules.map(\.paths) == [["/v1/*"]])
    }

    @Test func withoutExternalAPIsEveryPathIsForwarded() throws {
        let gateway = try #require(learn(with: [inventory]).applicationGateway)
        #expect(gateway.urlPathMaps.isEmpty)
        #expect(gateway.rules.first { $0.name == "gatewayrule" }?.action == .forward(pool: "gatewaybackend", settings: "apimPoolGatewaySetting"))
    }

    @Test func policyDocumentsGetEverySectionInOrder() throws {
        var deployment = Fixtures.learn()
        deployment.apiManagement!.content.policies = Policies { Outbound { SetHeader("X-Powered-By", existsAction: .delete) }; Inbound { Base() } }.document
        deployment.apiManagement!.content.apis = [API("orders", path: "orders") { Policies { Inbound { Base() } } }]
        let content = try #require(Resolver.resolve(deployment).0.apiManagement?.content)
        let global = try #require(content.policies)
        #expect(global.sections.map(\.kind) == [.inbound, .backend, .outbound, .onError])
        #expect(global.section(.backend)?.statements == [.element(PolicyElement("forward-request"))])
        #expect(global.section(.onError)?.statements.isEmpty == true)
        let api = try #require(content.apis.first?.policies)
        #expect(api.section(.outbound)?.statements == [.element(PolicyElement("base"))])
    }

    @Test func undeclaredTemplateParametersAreAdded() throws {
        var deployment = Fixtures.learn()
        deployment.apiManagement!.content.apis = [API("orders", path: "orders") {
            APIOperation("line", .get, "/orders/{orderId}/lines/{line}") { OperationParameter("line", .template, type: "integer") }
        }]
        let operation = try #require(Resolver.resolve(deployment).0.apiManagement?.content.apis.first?.operations.first)
        #expect(operation.parameters.map(\.name) == ["line", "orderId"])
        #expect(operation.parameters.allSatisfy { $0.required })
    }

    @Test func keyVaultNamedValuesGetTheirIdentityAndRole() throws {
        var deployment = Fixtures.zeroTrust()
        deployment.identities.append(ManagedIdentity(name: "id-secrets", location: .derived))
        deployment.apiManagement!.content.namedValues = [NamedValue("backend-key", .keyVault(vault: "kv-edge", secret: "backend-key", identity: "id-secrets"))]
        let resolved = Resolver.resolve(deployment).0
        #expect(resolved.apiManagement?.identities.contains("id-secrets") == true)
        let role = try #require(resolved.roleAssignments.first { $0.identity == "id-secrets" })
        #expect(role.vault == "kv-edge")
        #expect(role.reason == "API Management read named values from Key Vault")
    }

    @Test func secretNamedValuesBecomeSecretInputs() {
        var deployment = Fixtures.learn()
        deployment.apiManagement!.content.namedValues = [NamedValue("partner-key", .secret(.parameter("partnerKey")))]
        #expect(Resolver.resolve(deployment).0.secretInputs.map(\.name).contains("partnerKey"))
    }
}
