import DSL
import Testing

/// One validation rule exercised: a valid deployment, one mistake, the diagnostic expected.
struct ValidationCase: Sendable, CustomTestStringConvertible {
    var name: String
    var base: @Sendable () -> Deployment = Fixtures.learn
    var mutate: @Sendable (inout Deployment) -> Void
    var expected: String
    var severity: Diagnostic.Severity = .error

    var testDescription: String { name }
}

private let here = SourceLocation(file: "ValidationTests.swift", line: 1, column: 1)

@Suite struct ValidationTests {
    @Test func theFixturesAreValid() {
        let learn = Fixtures.diagnostics(of: Fixtures.learn())
        #expect(learn.filter { !Fixtures.isWalkthroughWarning($0) }.isEmpty)
        #expect(learn.count == 1)
        #expect(Fixtures.diagnostics(of: Fixtures.zeroTrust()).isEmpty)
    }

    static let cases: [ValidationCase] = [
        .init(name: "duplicate subnet", mutate: { $0.virtualNetwork!.subnets.append(Subnet(name: "apimSubnet", addressPrefix: "10.0.9.0/24", role: .other, location: here)) },
              expected: "duplicate subnet name 'apimSubnet'"),
        .init(name: "duplicate listener", mutate: { $0.applicationGateway!.listeners.append(Listener(name: "gatewaylistener", protocol: .http, port: 8080, location: here)) },
              expected: "duplicate listener name 'gatewaylistener'"),
        .init(name: "listener without its certificate", mutate: { $0.applicationGateway!.listeners.append(Listener(name: "extra", port: 8443, certificate: "nocert", location: here)) },
              expected: "listener 'extra' uses certificate 'nocert', which is not declared"),
        .init(name: "HTTPS listener without certificate", mutate: { $0.applicationGateway!.listeners.append(Listener(name: "bare", port: 8443, hostNames: ["x.contoso.net"], location: here)) },
              expected: "HTTPS listener 'bare' has no certificate"),
        .init(name: "rule to a missing listener", mutate: { $0.applicationGateway!.rules.append(RoutingRule(name: "r", priority: 500, listener: "nolistener", action: .forward(pool: "p", settings: "s"), location: here)) },
              expected: "routing rule 'r' uses listener 'nolistener', which is not declared"),
        .init(name: "rule to a missing pool", mutate: { $0.applicationGateway!.rules.append(RoutingRule(name: "r", priority: 500, listener: "nolistener", action: .forward(pool: "nopool", settings: "nosettings"), location: here)) },
              expected: "routing rule 'r' uses backend pool 'nopool', which is not declared"),
        .init(name: "settings with a missing probe", mutate: { $0.applicationGateway!.backendSettings.append(BackendSettings(name: "s", probe: "noprobe", location: here)) },
              expected: "backend settings 's' use probe 'noprobe', which is not declared"),
        .init(name: "path map to a missing pool", mutate: { $0.applicationGateway!.urlPathMaps.append(URLPathMap(name: "m", defaultPool: "nopool", defaultSettings: "apimPoolGatewaySetting", pathRules: [], location: here)) },
              expected: "URL path map 'm' uses backend pool 'nopool', which is not declared"),
        .init(name: "subnet outside the virtual network", mutate: { $0.virtualNetwork!.subnets.append(Subnet(name: "far", addressPrefix: "192.168.0.0/24", role: .other, location: here)) },
              expected: "subnet 'far' (192.168.0.0/24) is outside the virtual network's address space 10.0.0.0/16"),
        .init(name: "overlapping subnets", mutate: { $0.virtualNetwork!.subnets.append(Subnet(name: "overlap", addressPrefix: "10.0.1.128/25", role: .other, location: here)) },
              expected: "subnet 'overlap' (10.0.1.128/25) overlaps subnet 'apimSubnet' (10.0.1.0/24)"),
        .init(name: "gateway subnet shared with API Management", mutate: { $0.apiManagement!.subnet = "appGatewaySubnet" },
              expected: "the gateway subnet 'appGatewaySubnet' is shared with API Management"),
        .init(name: "gateway subnet too small for autoscale", mutate: {
            $0.virtualNetwork!.subnets[0].addressPrefix = "10.0.0.0/28"
            $0.applicationGateway!.capacity = .autoscale(minimum: 2, maximum: 20)
        }, expected: "gateway subnet 'appGatewaySubnet' (10.0.0.0/28) has 16 addresses but up to 20 instances need 25"),
        .init(name: "API Management subnet too small", base: Fixtures.zeroTrust, mutate: {
            $0.virtualNetwork!.subnets[1].addressPrefix = "10.20.1.0/29"
        }, expected: "subnet 'snet-apim' (10.20.1.0/29) has 8 addresses; API Management with 3 units needs at least 12"),
        .init(name: "internal mode on a tier that cannot", mutate: { $0.apiManagement!.sku = .basic },
              expected: "the Basic tier cannot run in an internal virtual network"),
        .init(name: "host name outside the private DNS zone", mutate: { $0.apiManagement!.hostnames[0].hostName = "api.fabrikam.com" },
              expected: "host name 'api.fabrikam.com' is not inside any private DNS zone"),
        .init(name: "probe host differs from the backend host", mutate: {
            $0.applicationGateway!.exposures.removeAll()
            $0.applicationGateway!.certificates = [GatewayCertificate(name: "c", source: Fixtures.pfx("gateway"), location: here)]
            $0.applicationGateway!.listeners = [Listener(name: "l", hostNames: ["api.contoso.net"], certificate: "c", location: here)]
            $0.applicationGateway!.probes = [HealthProbe(name: "p", host: "portal.contoso.net", path: "/status-0123456789abcdef", location: here)]
            $0.applicationGateway!.backendSettings = [BackendSettings(name: "s", probe: "p", location: here)]
            $0.applicationGateway!.backendPools = [BackendPool(name: "pool", targets: [.fqdn("api.contoso.net")], location: here)]
            $0.applicationGateway!.rules = [RoutingRule(name: "r", priority: 100, listener: "l", action: .forward(pool: "pool", settings: "s"), location: here)]
        }, expected: "probe 'p' asks for host 'portal.contoso.net', but backend settings 's' send 'api.contoso.net'"),
        .init(name: "certificate for a host the listener does not serve", mutate: {
            $0.applicationGateway!.certificates = [GatewayCertificate(name: "portalonly", source: Fixtures.pfx("portal"), location: here)]
            $0.applicationGateway!.listeners = [Listener(name: "l", hostNames: ["api.contoso.net"], certificate: "portalonly", location: here)]
        }, expected: "listener 'l' serves api.contoso.net with certificate 'portalonly', which is the certificate of portal.contoso.net"),
        .init(name: "WAF on a Standard_v2 gateway", mutate: { $0.applicationGateway!.sku = .standardV2 },
              expected: "WAF rules are configured on a Standard_v2 gateway"),
        .init(name: "single instance in production", mutate: {
            $0.production = true
            $0.applicationGateway!.capacity = .fixed(1)
        }, expected: "the gateway can run on 1 instance; Microsoft recommends at least 2", severity: .warning),
        .init(name: "Detection mode in production", base: Fixtures.zeroTrust, mutate: { $0.wafPolicies[0].mode = .detection },
              expected: "the WAF only logs in Detection mode", severity: .warning),
        .init(name: "TLS policy below 1.2", mutate: { $0.applicationGateway!.tlsPolicy = .predefined(.appGwSslPolicy20150501) },
              expected: "the gateway's TLS policy accepts TLSv1_0", severity: .warning),
        .init(name: "invalid CIDR", mutate: { $0.virtualNetwork!.subnets[1].addressPrefix = "10.0.1.7/24" },
              expected: "invalid address prefix '10.0.1.7/24' for subnet 'apimSubnet': host bits are set"),
        .init(name: "invalid NSG port", mutate: { $0.virtualNetwork!.subnets[1].networkSecurityGroup!.rules[0].destinationPorts = [.port(70000)] },
              expected: "security rule 'apim-in': port 70000 is outside 1-65535"),
        .init(name: "duplicate NSG priority", mutate: { $0.virtualNetwork!.subnets[0].networkSecurityGroup!.rules[1].priority = 100 },
              expected: "security rules 'appgw-in' and 'appgw-in-internet' share inbound priority 100"),
        .init(name: "invalid host name", mutate: { $0.apiManagement!.hostnames[1].hostName = "portal_contoso.net" },
              expected: "invalid host name 'portal_contoso.net'"),
        .init(name: "invalid e-mail", mutate: { $0.apiManagement!.publisherEmail = "admin.contoso.net" },
              expected: "invalid admin e-mail 'admin.contoso.net'"),
        .init(name: "invalid API Management name", mutate: { $0.apiManagement!.name = "1-contoso" },
              expected: "invalid API Management service name '1-contoso': must start with a letter"),
        .init(name: "invalid Key Vault name", base: Fixtures.zeroTrust, mutate: {
            $0.keyVaults[0].name = "kv--edge"
            $0.apiManagement!.hostnames[0].certificate = .keyVault(vault: "kv--edge", certificate: "api", identity: "id-certs")
        }, expected: "invalid Key Vault name 'kv--edge': must not contain consecutive hyphens"),
        .init(name: "invalid resource group name", mutate: { $0.resourceGroup = "rg." }, expected: "invalid resource group name 'rg.'"),
        .init(name: "listener on a reserved port", mutate: { $0.applicationGateway!.listeners.append(Listener(name: "infra", protocol: .http, port: 65300, location: here)) },
              expected: "listener 'infra' uses port 65300; ports 65200-65535 are reserved"),
        .init(name: "hand-written NSG without 3443", mutate: {
            $0.virtualNetwork!.subnets[1].networkSecurityGroup!.requiredRules = .manual
            $0.virtualNetwork!.subnets[1].networkSecurityGroup!.rules = []
        }, expected: "network security group 'NSG-APIM' does not allow inbound TCP port 3443 from ApiManagement to VirtualNetwork"),
        .init(name: "hand-written NSG without 6390", mutate: { $0.virtualNetwork!.subnets[1].networkSecurityGroup!.requiredRules = .manual },
              expected: "network security group 'NSG-APIM' does not allow inbound TCP port 6390 from AzureLoadBalancer"),
        .init(name: "default route to an appliance on the gateway subnet", mutate: {
            $0.virtualNetwork!.subnets[0].routeTable = RouteTable(name: "rt", routes: [Route(name: "default", addressPrefix: "0.0.0.0/0", nextHop: .virtualAppliance("10.0.5.4"), location: here)], location: here)
        }, expected: "route 'default' sends 0.0.0.0/0 from the gateway subnet to a virtual appliance"),
        .init(name: "undeclared Key Vault", base: Fixtures.zeroTrust, mutate: { $0.keyVaults = [] },
              expected: "certificate 'api' refers to Key Vault 'kv-edge', which is not declared"),
        .init(name: "undeclared identity", base: Fixtures.zeroTrust, mutate: { $0.identities = [] },
              expected: "certificate 'api' is read by identity 'id-certs', which is not declared"),
        .init(name: "undeclared public IP", mutate: { $0.publicIPs = [] }, expected: "the gateway's public IP 'publicIP01' is not declared"),
        .init(name: "zones on a Developer tier", mutate: { $0.apiManagement!.zones = [1, 2] }, expected: "availability zones need the Premium tier"),
        .init(name: "custom rule priority", base: Fixtures.zeroTrust, mutate: {
            $0.wafPolicies[0].customRules = [WAFCustomRule(name: "r", priority: 500, action: .block, conditions: [MatchCondition(variable: .remoteAddress, operator: .ipMatch, values: ["192.0.2.1"], location: here)], location: here)]
        }, expected: "custom rule 'r' has priority 500"),
        .init(name: "rule disabled in the wrong group", mutate: {
            $0.applicationGateway!.firewall = .inline(WAFConfiguration(disabledRules: [WAFRuleGroupOverride(group: "REQUEST-920-PROTOCOL-ENFORCEMENT", rules: [942100], location: here)], location: here))
        }, expected: "rule 942100 belongs to group REQUEST-942-APPLICATION-ATTACK-SQLI"),
        .init(name: "unknown WAF rule group", mutate: {
            $0.applicationGateway!.firewall = .inline(WAFConfiguration(disabledRules: [WAFRuleGroupOverride(group: "REQUEST-942-SQLI", rules: [942100], location: here)], location: here))
        }, expected: "OWASP 3.2 has no rule group 'REQUEST-942-SQLI'; Azure refuses the policy"),
        .init(name: "DRS group name in a CRS rule set", mutate: {
            $0.applicationGateway!.firewall = .inline(WAFConfiguration(disabledRules: [WAFRuleGroupOverride(group: "SQLI", rules: [942100], location: here)], location: here))
        }, expected: "OWASP 3.2 has no rule group 'SQLI'"),
        .init(name: "unknown WAF rule id", mutate: {
            $0.applicationGateway!.firewall = .inline(WAFConfiguration(disabledRules: [WAFRuleGroupOverride(group: "REQUEST-942-APPLICATION-ATTACK-SQLI", rules: [9421000], location: here)], location: here))
        }, expected: "OWASP 3.2 has no rule 9421000: the ids of group REQUEST-942-APPLICATION-ATTACK-SQLI are 942xxx"),
        .init(name: "numbered rules in a bot group", base: Fixtures.zeroTrust, mutate: {
            $0.wafPolicies[0].managedRuleSets.append(ManagedRuleSet(kind: .botManager1_1, disabledRules: [WAFRuleGroupOverride(group: "BadBots", rules: [100100], reason: "x", location: here)], location: here))
        }, expected: "the rules of Microsoft_BotManagerRuleSet 1.1 group 'BadBots' are named"),
        .init(name: "secret name that is no identifier", mutate: { $0.apiManagement!.hostnames[0].certificate = .pfx(path: "g.pfx", password: .parameter("gateway-password")) },
              expected: "secret name 'gateway-password' must start with a letter"),
        .init(name: "private endpoint on an injected service", base: { TopologyFixtures.privateEndpoint() }, mutate: {
            $0.apiManagement!.virtualNetwork = .external
            $0.apiManagement!.subnet = "snet-pe"
        }, expected: "API Management injected into a virtual network (External mode) cannot take an inbound private endpoint"),
        .init(name: "private endpoint on a tier without Private Link", base: { TopologyFixtures.privateEndpoint() }, mutate: {
            $0.apiManagement!.sku = .basicV2
            $0.apiManagement!.zones = []
        }, expected: "the BasicV2 tier cannot be reached through a private endpoint"),
        .init(name: "private endpoint in an undeclared subnet", base: { TopologyFixtures.privateEndpoint() }, mutate: { $0.apiManagement!.privateEndpointSubnet = "snet-nowhere" },
              expected: "API Management's private endpoint subnet 'snet-nowhere' is not declared"),
        .init(name: "private endpoint in the gateway subnet", base: { TopologyFixtures.privateEndpoint() }, mutate: { $0.apiManagement!.privateEndpointSubnet = "snet-appgw" },
              expected: "the private endpoint subnet 'snet-appgw' is delegated to the gateway"),
        .init(name: "public access disabled without a private endpoint", base: { TopologyFixtures.publicBehindGateway() }, mutate: { $0.apiManagement!.publicNetworkAccess = false },
              expected: "API Management accepts disabled public network access only with a private endpoint"),
        .init(name: "public access disabled at creation", base: { TopologyFixtures.privateEndpoint() }, mutate: { $0.apiManagement!.publicNetworkAccess = false },
              expected: "Azure rejects disabled public network access when API Management is created", severity: .warning),
        .init(name: "named value from an undeclared public IP", base: { TopologyFixtures.frontDoor() }, mutate: {
            $0.apiManagement!.content.namedValues.append(NamedValue(name: "edge-ip", value: .derived(.publicIPAddress("pip-missing")), location: here))
        }, expected: "named value 'edge-ip' takes the address of public IP 'pip-missing', which is not declared"),
        .init(name: "Developer tier in production", mutate: { $0.production = true },
              expected: "the Developer tier has no SLA", severity: .warning),
        .init(name: "production deployment without a production environment", base: Fixtures.zeroTrust, mutate: {
            $0.environments = [DeploymentEnvironment(name: "dev", location: here), DeploymentEnvironment(name: "test", location: here)]
        }, expected: "the deployment is marked production but none of its environments is", severity: .warning),
        .init(name: "subscription that is no GUID", mutate: { $0.subscription = "my-subscription" },
              expected: "subscription 'my-subscription' is not a subscription ID"),
        .init(name: "placeholder subscription", mutate: { $0.subscription = "00000000-0000-0000-0000-000000000000" },
              expected: "subscription 00000000-0000-0000-0000-000000000000 is a placeholder", severity: .warning),
        .init(name: "region newer than the table or invented", mutate: { $0.region = "marscentral" },
              expected: "'marscentral' is not a region gen knows", severity: .warning),
        .init(name: "probe timeout longer than its interval", mutate: {
            $0.applicationGateway!.probes.append(HealthProbe(name: "slow", host: "api.contoso.net", path: "/", intervalSeconds: 30, timeoutSeconds: 31, location: here))
        }, expected: "probe 'slow': timeout 31 s is longer than its interval 30 s"),
        .init(name: "external API no published path reaches", base: Fixtures.zeroTrust, mutate: {
            $0.apiManagement!.content.apis.append(API(name: "orders", path: "orders", serviceURL: "https://orders.fabrikam.com", exposure: .external, location: here))
        }, expected: "API 'orders' is marked .external but no published path reaches /orders", severity: .warning),
        .init(name: "gateway published with no API declared", mutate: { _ in },
              expected: "Expose(.gateway) publishes every path of API Management 'ContosoApi'", severity: .warning),
        .init(name: "published catch-all reaches an internal API", base: Fixtures.zeroTrust, mutate: {
            $0.apiManagement!.content.apis.append(API(name: "inventory", path: "internal/inventory", serviceURL: "https://inventory.fabrikam.com", location: here))
            $0.applicationGateway!.exposures[0].paths = ["/*"]
        }, expected: "published path '/*' makes internal API 'inventory' (/internal/inventory) reachable through the public listener 'gatewaylistener'"),
    ]

    @Test(arguments: cases)
    func ruleReportsTheMistake(_ testCase: ValidationCase) {
        var deployment = testCase.base()
        testCase.mutate(&deployment)
        let diagnostics = Fixtures.diagnostics(of: deployment)
        let match = diagnostics.first { $0.message.contains(testCase.expected) }
        #expect(match != nil, "expected “\(testCase.expected)” among:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(match?.severity == testCase.severity)
        #expect(match?.location.file.isEmpty == false)
    }

    /// A private-only gateway may publish internal APIs: its listeners face the virtual network.
    @Test func internalAPIsMayBePublishedOnAPrivateFrontend() {
        var deployment = Fixtures.zeroTrust()
        deployment.apiManagement!.content.apis.append(API(name: "inventory", path: "internal/inventory", serviceURL: "https://inventory.fabrikam.com", location: here))
        deployment.applicationGateway!.exposures[0].paths = ["/*"]
        #expect(Fixtures.diagnostics(of: deployment).contains { $0.message.contains("makes internal API 'inventory'") })
        deployment.applicationGateway!.frontend = .init(publicIP: nil, privateIPAddress: "10.20.0.10")
        #expect(!Fixtures.diagnostics(of: deployment).contains { $0.message.contains("makes internal API 'inventory'") })
    }

    /// Requests go to the API with the longest matching path, so a narrower published path
    /// inside an external API does not reach a sibling internal one.
    @Test func routesFollowTheLongestMatchingAPIPath() {
        var deployment = Fixtures.zeroTrust()
        deployment.apiManagement!.content.apis = [
            API(name: "shop", path: "shop", serviceURL: "https://shop.fabrikam.com", exposure: .external, location: here),
            API(name: "shop-admin", path: "shop/admin", serviceURL: "https://admin.fabrikam.com", location: here),
            API(name: "shop-cart", path: "shop/cart", serviceURL: "https://cart.fabrikam.com", exposure: .external, location: here),
        ]
        deployment.applicationGateway!.exposures[0].paths = ["/shop/cart/*", "/shop/items"]
        let (resolved, _) = Resolver.resolve(deployment)
        let apis = resolved.apiManagement!.content.apis
        #expect(resolved.routes(reaching: apis[0]).map(\.path) == ["/shop/items"])
        #expect(resolved.routes(reaching: apis[1]).isEmpty)
        #expect(resolved.routes(reaching: apis[2]).map(\.path) == ["/shop/cart/*"])
        deployment.applicationGateway!.exposures[0].paths = ["/shop/*"]
        let (broad, _) = Resolver.resolve(deployment)
        #expect(broad.routes(reaching: apis[1]).map(\.path) == ["/shop/*"])
    }

    @Test func duplicatesPointAtTheFirstDeclaration() throws {
        var deployment = Fixtures.learn()
        let duplicate = Subnet(name: "apimSubnet", addressPrefix: "10.0.9.0/24", role: .other, location: SourceLocation(file: "D.swift", line: 40, column: 9))
        deployment.virtualNetwork!.subnets.append(duplicate)
        let diagnostic = try #require(Fixtures.diagnostics(of: deployment).first { $0.message.hasPrefix("duplicate subnet") })
        #expect(diagnostic.location.line == 40)
        #expect(diagnostic.notes.first?.message == "first declared here")
        #expect(diagnostic.notes.first?.location == deployment.virtualNetwork!.subnets[1].location)
        #expect(diagnostic.description.hasPrefix("D.swift:40:9: error: duplicate subnet name 'apimSubnet'"))
    }

    /// The tier parameter (ARM allowedValues, the Terraform variable's validation) offers
    /// exactly the tiers validation accepts for the service's network shape.
    @Test(arguments: [APIManagement.VirtualNetworkMode.none, .internal, .external], [false, true])
    func acceptedTiersAreExactlyTheOnesValidationAccepts(_ mode: APIManagement.VirtualNetworkMode, _ privateEndpoint: Bool) {
        var base = Fixtures.learn()
        base.apiManagement!.virtualNetwork = mode
        if mode == .none { base.apiManagement!.subnet = nil }
        base.apiManagement!.privateEndpointSubnet = privateEndpoint ? "appGatewaySubnet" : nil
        let accepted = base.apiManagement!.acceptedSKUs
        #expect(!accepted.isEmpty || (mode != .none && privateEndpoint))
        for sku in APIManagement.SKU.allCases {
            var deployment = base
            deployment.apiManagement!.sku = sku
            let tierErrors = Fixtures.diagnostics(of: deployment).filter {
                $0.severity == .error && ($0.message.contains("tier cannot") || $0.message.hasPrefix("the \(sku.rawValue) tier"))
            }
            #expect(tierErrors.isEmpty == accepted.contains(sku), "\(sku) in \(mode) mode, private endpoint \(privateEndpoint): \(tierErrors.map(\.message))")
        }
    }
}

/// Regional service tags (`Storage.WestUS`) are service tags, not malformed ranges.
@Suite struct RegionalServiceTagTests {
    static func outbound(to destination: SecurityRule.Endpoint) -> [Diagnostic] {
        var deployment = Fixtures.learn()
        let rule = SecurityRule(name: "storage-out", priority: 300, direction: .outbound, source: "VirtualNetwork", destination: destination,
                                destinationPorts: [.port(443)], location: SourceLocation(file: "RegionalServiceTagTests.swift", line: 1, column: 1))
        deployment.virtualNetwork!.subnets[1].networkSecurityGroup = NetworkSecurityGroup(name: "nsg-apim", rules: [rule], location: rule.location)
        return Fixtures.diagnostics(of: deployment).filter { $0.message.contains("storage-out") }
    }

    @Test func aRegionalTagIsATagAndRendersAsAzureSpellsIt() {
        let endpoint: SecurityRule.Endpoint = "Storage.WestUS"
        #expect(endpoint == .regionalServiceTag(.storage, region: "WestUS"))
        #expect(endpoint.description == "Storage.WestUS")
        #expect(SecurityRule.Endpoint.serviceTag(.storage).covers(endpoint))
        #expect(!endpoint.covers(.serviceTag(.storage)))
        #expect(Self.outbound(to: "Storage.WestUS").isEmpty)
    }

    @Test func aRegionalTagNamingNoRegionIsAnError() {
        #expect(Self.outbound(to: "Storage.Westus9").map(\.message) == ["security rule 'storage-out': 'Storage.Westus9' names no Azure region"])
    }
}

/// Rule groups and ids Azure offers are accepted in the rule set that has them.
@Suite struct WAFRuleCatalogTests {
    @Test func eachRuleSetsOwnGroupsAndIdsAreAccepted() {
        let here = SourceLocation(file: "Deployment.swift", line: 1, column: 1)
        var deployment = Fixtures.zeroTrust()
        deployment.wafPolicies[0].managedRuleSets = [
            ManagedRuleSet(kind: .defaultRuleSet2_1, disabledRules: [
                WAFRuleGroupOverride(group: "SQLI", rules: [942100], reason: "x", location: here),
                WAFRuleGroupOverride(group: "MS-ThreatIntel-SQLI", rules: [99031001], reason: "x", location: here),
                WAFRuleGroupOverride(group: "General", rules: [200002], reason: "x", location: here),
            ], location: here),
            ManagedRuleSet(kind: .botManager1_1, disabledRules: [WAFRuleGroupOverride(group: "UnknownBots", rules: [], reason: "x", location: here)], location: here),
        ]
        let errors = Fixtures.diagnostics(of: deployment).filter { $0.severity == .error && $0.location == here }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        #expect(ManagedRuleSet.Kind.owasp3_2.group(ofRule: 800100) == "Known-CVEs")
        #expect(ManagedRuleSet.Kind.defaultRuleSet2_1.group(ofRule: 913100) == nil, "DRS 2.1 has no scanner-detection group")
        #expect(ManagedRuleSet.Kind.owasp3_2.group(ofRule: 934100) == nil, "CRS 3.2 has no NodeJS group")
    }
}

/// API Management takes wildcard custom domains (Learn: "Configure a custom domain name");
/// only the one the gateway publishes must be concrete.
@Suite struct WildcardHostNameTests {
    @Test func aWildcardBesideTheConcreteNameIsValid() {
        var deployment = TopologyFixtures.privateEndpoint()
        let concrete = deployment.apiManagement!.hostnames[0]
        var wildcard = concrete
        wildcard.hostName = "*.wingtip.com"
        deployment.apiManagement!.hostnames.append(wildcard)
        let errors = Fixtures.diagnostics(of: deployment).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        deployment.apiManagement!.hostnames = [wildcard]
        let published = Fixtures.diagnostics(of: deployment).filter { $0.severity == .error }
        #expect(published.contains { $0.message.contains("a wildcard: the gateway's probe and Host header need one concrete name") })
    }
}
