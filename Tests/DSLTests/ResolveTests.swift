import DSL
import Testing

@Suite struct ResolveTests {
    let learn = Resolver.resolve(Fixtures.learn())
    let zeroTrust = Resolver.resolve(Fixtures.zeroTrust())

    @Test func resolvingTheSamplesReportsNothing() {
        #expect(learn.1.map(\.message).filter { $0.contains("inline WAFConfiguration") }.count == 1)
        #expect(learn.1.filter { !Fixtures.isWalkthroughWarning($0) }.isEmpty)
        #expect(zeroTrust.1.isEmpty)
    }

    @Test func exposuresExpandWithTheWalkthroughsNames() throws {
        let gateway = try #require(learn.0.applicationGateway)
        #expect(gateway.certificates.map(\.name) == ["gatewaycert", "portalcert", "managementcert"])
        #expect(gateway.listeners.map(\.name) == ["gatewaylistener", "portallistener", "managementlistener"])
        #expect(gateway.probes.map(\.name) == ["apimgatewayprobe", "apimportalprobe", "apimmanagementprobe"])
        #expect(gateway.backendSettings.map(\.name) == ["apimPoolGatewaySetting", "apimPoolPortalSetting", "apimPoolManagementSetting"])
        #expect(gateway.backendPools.map(\.name) == ["gatewaybackend", "portalbackend", "managementbackend"])
        #expect(gateway.rules.map(\.name) == ["gatewayrule", "portalrule", "managementrule"])
        #expect(gateway.rules.map(\.priority) == [100, 110, 120])
        #expect(learn.0.frontendPorts == [FrontendPort(name: "port01", port: 443)])
    }

    @Test func probesUseTheWalkthroughsPathsAndTimings() throws {
        let probes = try #require(learn.0.applicationGateway?.probes)
        #expect(probes.map(\.path) == ["/status-0123456789abcdef", "/signin", "/ServiceStatus"])
        #expect(probes.map(\.intervalSeconds) == [30, 60, 60])
        // The walkthrough's 120 s / 300 s timeouts exceed its intervals; Application Gateway
        // (and azurerm at plan time) reject that, so each timeout equals its interval.
        #expect(probes.map(\.timeoutSeconds) == [30, 60, 60])
        #expect(probes.allSatisfy { $0.unhealthyThreshold == 8 })
        #expect(probes.map(\.host) == ["api.contoso.net", "portal.contoso.net", "management.contoso.net"])
    }

    @Test func backendSettingsTrustTheRootAndPickTheBackendsHost() throws {
        let settings = try #require(learn.0.applicationGateway?.backendSettings.first)
        #expect(settings.trustedRootCertificates == ["whitelistcert1"])
        #expect(settings.hostName == .pickFromBackendAddress)
        #expect(settings.requestTimeoutSeconds == 180)
        #expect(settings.probe == "apimgatewayprobe")
        #expect(learn.0.applicationGateway?.backendPools.first?.fqdns == ["api.contoso.net"])
    }

    @Test func privateDNSRecordsAreDerivedForInternalHostNames() throws {
        let zone = try #require(learn.0.privateDNSZones.first)
        #expect(zone.records.map(\.name) == ["api", "portal", "management"])
        #expect(zone.records.allSatisfy { $0.target == .apiManagementPrivateIP && $0.ttl == 3600 })
        #expect(zone.linkName == "mylink")
    }

    @Test func theDeveloperPortalDisablesTheWalkthroughsWAFRules() throws {
        guard case .inline(let waf)? = learn.0.applicationGateway?.firewall else { Issue.record("expected inline WAF"); return }
        #expect(waf.disabledRules.map(\.group) == ["REQUEST-942-APPLICATION-ATTACK-SQLI"])
        #expect(waf.disabledRules.first?.rules == [942200, 942260, 942370, 942430, 942440])
    }

    @Test func administrativeModeDisablesMoreRulesInTheirGroups() throws {
        var deployment = Fixtures.learn()
        deployment.applicationGateway!.exposures[1].administrativeMode = true
        guard case .inline(let waf)? = Resolver.resolve(deployment).0.applicationGateway?.firewall else { Issue.record("expected inline WAF"); return }
        #expect(waf.disabledRules.map(\.group) == ["REQUEST-920-PROTOCOL-ENFORCEMENT", "REQUEST-931-APPLICATION-ATTACK-RFI", "REQUEST-942-APPLICATION-ATTACK-SQLI"])
        #expect(waf.disabledRules[0].rules == [920300, 920330])
        #expect(waf.disabledRules[2].rules.contains(942100))
    }

    @Test func requiredRulesAreAddedOnlyWhereTheUsersRulesFallShort() throws {
        let subnets = try #require(learn.0.virtualNetwork?.subnets)
        #expect(subnets[0].networkSecurityGroup?.rules.map(\.name) == ["appgw-in", "appgw-in-internet"])
        let apimRules = try #require(subnets[1].networkSecurityGroup?.rules)
        #expect(apimRules.map(\.name) == ["apim-in", "AllowAzureLoadBalancerInbound", "AllowStorageOutbound", "AllowSqlOutbound", "AllowKeyVaultOutbound", "AllowAzureMonitorOutbound"])
        let balancer = apimRules[1]
        #expect(balancer.priority == 110 && balancer.destinationPorts == [.port(6390)] && balancer.source == .serviceTag(.azureLoadBalancer))
        #expect(apimRules[2].priority == 100 && apimRules[2].direction == .outbound)
        #expect(apimRules[5].destinationPorts == [.port(1886), .port(443)])
    }

    @Test func subnetsWithoutAnNSGGetOneWithTheirRequiredRules() throws {
        let subnets = try #require(zeroTrust.0.virtualNetwork?.subnets)
        #expect(subnets.map { $0.networkSecurityGroup?.name } == ["nsg-snet-appgw", "nsg-snet-apim", "nsg-snet-pe"])
        let gatewayRules = subnets[0].networkSecurityGroup!.rules
        #expect(gatewayRules.map(\.name) == ["AllowGatewayManagerInbound", "AllowHttpsInbound", "AllowHttpInbound"])
        #expect(gatewayRules[0].destinationPorts == [.range(65200, 65535)])
        #expect(subnets[1].networkSecurityGroup!.rules.contains { $0.destinationPorts == [.port(3443)] })
        #expect(subnets[2].networkSecurityGroup!.rules.isEmpty)
    }

    @Test func pathsArePublishedThroughAPathMapWithADeadEnd() throws {
        let gateway = try #require(zeroTrust.0.applicationGateway)
        let map = try #require(gateway.urlPathMaps.first)
        #expect(map.pathRules.first?.paths == ["/external/*"])
        #expect(map.pathRules.first?.pool == "gatewaybackend")
        #expect(map.defaultPool == "gatewaydeadend")
        #expect(gateway.pool(named: "gatewaydeadend")?.targets.isEmpty == true)
        #expect(gateway.rules.first?.action == .pathBased(urlPathMap: "gatewaypathmap"))
    }

    @Test func httpIsRedirectedToTheHTTPSListener() throws {
        let gateway = try #require(zeroTrust.0.applicationGateway)
        #expect(gateway.listeners.map(\.port) == [443, 80])
        #expect(gateway.redirects.first?.target == .listener("gatewaylistener"))
        #expect(gateway.redirects.first?.type == .permanent)
        #expect(gateway.rules.last?.action == .redirect("gatewayhttpsredirect"))
    }

    @Test func keyVaultCertificatesGetIdentityRoleAndPrivateEndpoint() throws {
        let resolved = zeroTrust.0
        #expect(resolved.apiManagement?.identities == ["id-certs"])
        #expect(resolved.applicationGateway?.identities == ["id-certs"])
        #expect(resolved.roleAssignments == [RoleAssignment(identity: "id-certs", vault: "kv-edge", role: .keyVaultSecretsUser,
                                                            reason: "API Management and Application Gateway read TLS certificates from Key Vault")])
        #expect(resolved.privateEndpoints.map(\.name) == ["pe-kv-edge"])
        #expect(resolved.privateDNSZones.map(\.name) == ["contoso.com", "privatelink.vaultcore.azure.net"])
        #expect(resolved.applicationGateway?.certificates.first?.source.keyVaultCertificate?.secretIdentifier == "https://kv-edge.vault.azure.net/secrets/api")
    }

    @Test func aWAFGatewayWithoutFirewallSettingsGetsAPreventionPolicy() throws {
        var deployment = Fixtures.zeroTrust()
        deployment.applicationGateway!.firewall = .none
        deployment.wafPolicies = []
        let resolved = Resolver.resolve(deployment).0
        #expect(resolved.applicationGateway?.firewall == .policy("waf-agw-edge"))
        #expect(resolved.wafPolicies.first?.mode == .prevention)
        #expect(resolved.wafPolicies.first?.managedRuleSets.map(\.kind) == [.owasp3_2])
    }

    @Test func diagnosticsAndSecretsAreDerived() {
        #expect(zeroTrust.0.diagnosticSettings.map(\.target) == [.applicationGateway, .apiManagement])
        #expect(learn.0.secretInputs.map(\.name) == ["gatewayCertPfxPassword", "portalCertPfxPassword", "managementCertPfxPassword"])
        #expect(zeroTrust.0.secretInputs.isEmpty)
    }

    @Test func exposingAnEndpointWithoutItsHostNameIsALocatedError() {
        var deployment = Fixtures.learn()
        deployment.apiManagement!.hostnames.removeLast()
        let diagnostics = Resolver.resolve(deployment).1.filter { !Fixtures.isWalkthroughWarning($0) }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("no custom host name of kind .management") == true)
        #expect(diagnostics.first?.location == deployment.applicationGateway!.exposures[2].location)
    }
}
