import DSL
import Testing

@Suite struct ResolveTests {
    let learn = Resolver.resolve(Fixtures.learn())
    let zeroTrust = Resolver.resolve(Fixtures.zeroTrust())

    @Test func resolvingTheSamplesReportsNothing() {
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

    /// The walkthrough's portal exclusions land in the portal listener's own policy; the
    /// gateway's policy, which the API listener uses, keeps every rule.
    @Test func theDeveloperPortalDisablesTheWalkthroughsWAFRulesOnItsListenerOnly() throws {
        #expect(try #require(learn.0.gatewayWAFPolicy?.managedRuleSets.first).disabledRules.isEmpty)
        let listener = try #require(learn.0.applicationGateway?.listeners.first { $0.name == "portallistener" })
        let name = try #require(listener.firewallPolicy)
        let waf = try #require(learn.0.wafPolicies.first { $0.name == name }?.managedRuleSets.first)
        #expect(waf.disabledRules.map(\.group) == ["REQUEST-942-APPLICATION-ATTACK-SQLI"])
        #expect(waf.disabledRules.first?.rules == [942200, 942260, 942370, 942430, 942440])
        #expect(learn.0.applicationGateway?.listeners.first { $0.name == "gatewaylistener" }?.firewallPolicy == nil)
    }

    /// The walkthrough's inline WAF configuration retires on 15 March 2027: it becomes a policy
    /// with the same mode and rule set, attached to the gateway.
    @Test func theInlineWAFConfigurationBecomesAPolicy() throws {
        let gateway = try #require(learn.0.applicationGateway)
        #expect(gateway.firewall == .policy("waf-apim-app-gw"))
        let policy = try #require(learn.0.gatewayWAFPolicy)
        #expect(policy.mode == .prevention)
        #expect(policy.managedRuleSets.map(\.kind) == [.owasp3_2])
    }

    @Test func administrativeModeDisablesMoreRulesInTheirGroups() throws {
        var deployment = Fixtures.learn()
        deployment.applicationGateway!.exposures[1].administrativeMode = true
        let resolved = Resolver.resolve(deployment).0
        let name = try #require(resolved.applicationGateway?.listeners.first { $0.name == "portallistener" }?.firewallPolicy)
        let waf = try #require(resolved.wafPolicies.first { $0.name == name }?.managedRuleSets.first)
        #expect(waf.disabledRules.map(\.group) == ["REQUEST-920-PROTOCOL-ENFORCEMENT", "REQUEST-931-APPLICATION-ATTACK-RFI", "REQUEST-942-APPLICATION-ATTACK-SQLI"])
        try #require(waf.disabledRules.count == 3)
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
        // API Management reads the firewalled vault with its system-assigned identity, turned on
        // for it; the gateway reads the same certificate with its user-assigned one.
        #expect(resolved.apiManagement?.identities == [])
        #expect(resolved.apiManagement?.identityType == .systemAssigned)
        #expect(resolved.applicationGateway?.identities == ["id-certs"])
        #expect(resolved.applicationGateway?.certificates.first?.source.keyVaultCertificate?.identity == "id-certs")
        #expect(resolved.roleAssignments == [
            RoleAssignment(principal: .systemAssigned, scope: .keyVault("kv-edge"), role: .keyVaultSecretsUser, reason: "API Management read TLS certificates from Key Vault"),
            RoleAssignment(principal: "id-certs", scope: .keyVault("kv-edge"), role: .keyVaultSecretsUser, reason: "Application Gateway read TLS certificates from Key Vault"),
        ])
        #expect(resolved.bindsHostnamesAfterService)
        #expect(resolved.prerequisites(of: .apiManagementHostnames).first == .roleAssignment(resolved.roleAssignments[0]))
        #expect(!resolved.prerequisites(of: .apiManagement).contains(.roleAssignment(resolved.roleAssignments[0])))
        #expect(resolved.privateEndpoints.map(\.name) == ["pe-kv-edge"])
        #expect(resolved.privateDNSZones.map(\.name) == ["contoso.com", "privatelink.vaultcore.azure.net"])
        #expect(resolved.applicationGateway?.certificates.first?.source.keyVaultCertificate?.secretIdentifier == "https://kv-edge.vault.azure.net/secrets/api")
    }

    @Test func anEventHubLoggerIdentityIsGrantedDataSenderOnTheNamespace() throws {
        var deployment = Fixtures.zeroTrust()
        deployment.apiManagement!.content.loggers = [
            APILogger(name: "audit", destination: .eventHub(namespace: "evhns-audit", eventHub: "apim", identity: nil), location: deployment.apiManagement!.location),
        ]
        let (resolved, _) = Resolver.resolve(deployment)
        let sender = try #require(resolved.roleAssignments.first { $0.role == .eventHubsDataSender })
        #expect(sender.principal == .systemAssigned)
        #expect(sender.scope == .eventHubNamespace("evhns-audit"))
        #expect(sender.role.definitionID == "2b629674-e913-4c01-ae53-ef4638d8f975")
        #expect(resolved.apiManagement?.systemAssignedIdentity == true)
        // Sending to Event Hubs is no reason for the service to wait: only Key Vault roles order it.
        #expect(!resolved.prerequisites(of: .apiManagement).contains(.roleAssignment(sender)))
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
        // Key Vault's logs (AuditEvent: every secret and certificate read) go to the workspace too.
        #expect(zeroTrust.0.diagnosticSettings.map(\.target) == [.applicationGateway, .apiManagement, .keyVault("kv-edge")])
        var onlyGateway = Fixtures.zeroTrust()
        onlyGateway.logAnalytics!.collectFrom = [.applicationGateway]
        #expect(Resolver.resolve(onlyGateway).0.diagnosticSettings.map(\.target) == [.applicationGateway])
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
