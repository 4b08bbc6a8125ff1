import DSL
import Testing

@Suite struct TopologyResolveTests {
    @Test func theTopologiesResolveAndValidateCleanly() {
        for deployment in [TopologyFixtures.publicBehindGateway(), TopologyFixtures.privateEndpoint(), TopologyFixtures.frontDoor()] {
            // The fixtures declare no API, so publishing the gateway publishes every path: a warning.
            let diagnostics = Fixtures.diagnostics(of: deployment).filter { !$0.message.hasPrefix("Expose(.gateway) publishes every path of") }
            #expect(diagnostics.isEmpty, "\(deployment.name):\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test func aPublicServiceIsReachedAtItsOwnHostWithTheCustomHostAsHostHeader() throws {
        let gateway = try #require(Resolver.resolve(TopologyFixtures.publicBehindGateway()).0.applicationGateway)
        #expect(gateway.backendPools.first?.fqdns == ["apim-public.azure-api.net"])
        #expect(gateway.backendSettings.first?.hostName == .explicit("api.tailspin.com"))
        #expect(gateway.probes.first?.host == "api.tailspin.com")
        #expect(gateway.listeners.first?.hostNames == ["api.tailspin.com"])
    }

    @Test func aPublicServiceAdmitsOnlyTheGatewaysPublicIP() throws {
        let apim = try #require(Resolver.resolve(TopologyFixtures.publicBehindGateway()).0.apiManagement)
        #expect(apim.content.namedValues.first { $0.name == "gateway-public-ip" }?.value == .derived(.publicIPAddress("pip-public")))
        let inbound = try #require(apim.content.policies?.section(.inbound))
        guard case .element(let filter)? = inbound.statements.first else { Issue.record("no inbound statement"); return }
        #expect(filter.name == "ip-filter")
        #expect(filter.attribute("action")?.description == "allow")
        #expect(filter.elements.map(\.name) == ["address"])
        #expect(filter.elements.first?.children == [.text(.namedValue("gateway-public-ip"))])
        #expect(apim.content.policies?.sections.map(\.kind) == PolicySection.Kind.allCases)
    }

    @Test func theManifestCanChooseCheckHeaderOrNoRestriction() throws {
        let header = try #require(Resolver.resolve(TopologyFixtures.publicBehindGateway(access: .checkHeader(header: "X-Gateway-Secret", namedValue: "gateway-secret"))).0.apiManagement)
        guard case .element(let check)? = header.content.policies?.section(.inbound)?.statements.first else { Issue.record("no check-header"); return }
        #expect(check.name == "check-header")
        #expect(check.attribute("name")?.description == "X-Gateway-Secret")
        #expect(check.elements.first?.children == [.text(.namedValue("gateway-secret"))])
        #expect(!header.content.namedValues.contains { $0.name == "gateway-public-ip" })

        let open = try #require(Resolver.resolve(TopologyFixtures.publicBehindGateway(access: .none)).0.apiManagement)
        #expect(open.content.policies == nil)
        #expect(!open.content.namedValues.contains { $0.name == "gateway-public-ip" })
    }

    @Test func aPrivateEndpointReachesTheGatewayEndpointThroughPrivateLink() throws {
        let resolved = Resolver.resolve(TopologyFixtures.privateEndpoint()).0
        let endpoint = try #require(resolved.privateEndpoints.first)
        #expect(endpoint.target == .apiManagement("apim-pe"))
        #expect(endpoint.groupID == "Gateway")
        #expect(endpoint.subnet == "snet-pe")
        #expect(endpoint.dnsZone == "privatelink.azure-api.net")
        #expect(endpoint.targetHost == "apim-pe.azure-api.net")
        #expect(endpoint.vault == nil)
        let zone = try #require(resolved.privateDNSZones.first { $0.name == "privatelink.azure-api.net" })
        #expect(zone.linkName == "vnet-pe-apim-link")
        let gateway = try #require(resolved.applicationGateway)
        #expect(gateway.backendPools.first?.fqdns == ["apim-pe.azure-api.net"])
        #expect(gateway.backendSettings.first?.hostName == .explicit("api.wingtip.com"))
    }

    /// The service keeps its public endpoint next to the private one: without a check, a caller
    /// on the internet reaches the APIs at apim-pe.azure-api.net and bypasses the WAF.
    @Test func aServiceWithAPrivateEndpointRefusesRequestsThatDoNotUseIt() throws {
        let resolved = Resolver.resolve(TopologyFixtures.privateEndpoint()).0
        #expect(resolved.gatewayOnlyRestriction == .privateEndpoint)
        let apim = try #require(resolved.apiManagement)
        guard case .element(let choose)? = apim.content.policies?.section(.inbound)?.statements.first else { Issue.record("no inbound statement"); return }
        #expect(choose.name == "choose")
        let when = try #require(choose.elements.first)
        #expect(when.name == "when")
        #expect(when.attribute("condition") == .expression("@(context.Request.PrivateEndpointConnection == null)"))
        let refusal = try #require(when.elements.first)
        #expect(refusal.name == "return-response")
        #expect(refusal.elements.first?.attribute("code")?.description == "403")
        #expect(!apim.content.namedValues.contains { $0.name == "gateway-public-ip" }, "the gateway arrives from a private address")

        let open = Resolver.resolve(TopologyFixtures.privateEndpoint(access: .none)).0
        #expect(open.apiManagement?.content.policies == nil)
        #expect(open.gatewayOnlyRestriction == nil)
        // With public network access disabled there is no public endpoint to close.
        let closed = Resolver.resolve(TopologyFixtures.privateEndpoint(publicNetworkAccess: false)).0
        #expect(closed.apiManagement?.content.policies == nil)
    }

    @Test func aRestrictionTheTopologyCannotHonourIsAnError() throws {
        let ipFilter = try #require(Fixtures.diagnostics(of: TopologyFixtures.privateEndpoint(access: .ipFilter)).first { $0.message.contains(".ipFilter") })
        #expect(ipFilter.severity == .error)
        #expect(ipFilter.message.contains("private address"))
        let privateOnly = try #require(Fixtures.diagnostics(of: TopologyFixtures.publicBehindGateway(access: .privateEndpoint)).first { $0.message.contains(".privateEndpoint") })
        #expect(privateOnly.severity == .error)
        #expect(privateOnly.message.contains("every request would be refused"))
        #expect(!Fixtures.diagnostics(of: TopologyFixtures.privateEndpoint()).contains { $0.severity == .error })
    }

    @Test func keyVaultEndpointsKeepTheirTarget() throws {
        let endpoint = try #require(Resolver.resolve(Fixtures.zeroTrust()).0.privateEndpoints.first)
        #expect(endpoint.target == .keyVault("kv-edge"))
        #expect(endpoint.vault == "kv-edge")
        #expect(endpoint.recordName == "kv-edge.privatelink.vaultcore.azure.net")
    }

    @Test func theFrontDoorGetsNoGatewayRestrictionAndAPrivateListener() throws {
        let resolved = Resolver.resolve(TopologyFixtures.frontDoor()).0
        #expect(resolved.apiManagement?.content.policies == nil)
        #expect(resolved.apiManagement?.content.namedValues.isEmpty == true)
        #expect(resolved.applicationGateway?.listeners.map(\.frontend) == [.private])
        #expect(resolved.frontendPorts.map(\.port) == [443])
    }
}
