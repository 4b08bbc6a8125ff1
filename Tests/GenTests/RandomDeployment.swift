import DSL

/// A small deterministic generator (SplitMix64), so randomized tests replay exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Valid deployments of varying shape: counts of subnets, host names, APIs, hand-written
/// listeners and rules, Key Vault or PFX certificates, WAF policy or inline WAF.
enum RandomDeployment {
    static func make(seed: UInt64) -> Deployment {
        var random = SeededGenerator(state: seed)
        var line = 0
        func at() -> SourceLocation {
            line += 1
            return SourceLocation(file: "Random.swift", line: line, column: 5)
        }
        let useKeyVault = Bool.random(using: &random)
        let zone = "contoso\(seed % 97).net"
        func certificate(_ name: String) -> CertificateSource {
            useKeyVault ? .keyVault(vault: "kv-random-\(seed % 1000)", certificate: name, identity: .systemAssigned)
                        : .pfx(path: "\(name).pfx", password: .parameter("\(name.replacingOccurrences(of: "-", with: "_"))Password"))
        }

        var subnets = [
            Subnet(name: "snet-appgw", addressPrefix: "10.1.0.0/24", role: .applicationGateway, location: at()),
            Subnet(name: "snet-apim", addressPrefix: "10.1.1.0/24", role: .apiManagement, location: at()),
            Subnet(name: "snet-pe", addressPrefix: "10.1.2.0/27", role: .privateEndpoints, location: at()),
        ]
        for index in 0..<Int.random(in: 0...5, using: &random) {
            subnets.append(Subnet(name: "snet-extra-\(index)", addressPrefix: AddressPrefix("10.1.\(10 + index).0/24"), role: .other, location: at()))
        }
        var deployment = Deployment(name: "random-\(seed)", resourceGroup: "rg-random", region: .westEurope, production: Bool.random(using: &random),
                                    virtualNetwork: VirtualNetwork(name: "vnet-random", addressSpace: ["10.1.0.0/16"], subnets: subnets, location: at()),
                                    location: at())
        if useKeyVault {
            deployment.identities = [ManagedIdentity(name: "id-certs", location: at())]
            deployment.keyVaults = [KeyVault(name: "kv-random-\(seed % 1000)", existing: true, privateEndpointSubnet: Bool.random(using: &random) ? "snet-pe" : nil, location: at())]
        }

        var hostnames = [
            CustomHostname(kind: .gateway, hostName: "api.\(zone)", certificate: certificate("api"), defaultSSLBinding: true, location: at()),
            CustomHostname(kind: .developerPortal, hostName: "portal.\(zone)", certificate: certificate("portal"), location: at()),
            CustomHostname(kind: .management, hostName: "management.\(zone)", certificate: certificate("management"), location: at()),
        ]
        for index in 0..<Int.random(in: 0...3, using: &random) {
            hostnames.append(CustomHostname(kind: .gateway, hostName: "api\(index).\(zone)", certificate: certificate("api\(index)"), location: at()))
        }
        var apis = (0..<Int.random(in: 0...20, using: &random)).map { index in
            API(name: "api-\(index)", path: "svc\(index)", exposure: Bool.random(using: &random) ? .external : .internal, location: at())
        }
        // Publishing the gateway with no external API would publish the internal ones: invalid.
        if !apis.isEmpty, !apis.contains(where: { $0.exposure == .external }) { apis[0].exposure = .external }
        let premium = Bool.random(using: &random)
        deployment.apiManagement = APIManagement(name: "apim-random-\(seed % 1000)", sku: premium ? .premium : .developer, units: premium ? 2 : 1,
                                                 publisherName: "Contoso", publisherEmail: "ops@contoso.com", virtualNetwork: .internal, subnet: "snet-apim",
                                                 hostnames: hostnames, content: APIManagementContent(apis: apis), location: at())
        deployment.privateDNSZones = [PrivateDNSZone(name: zone, location: at())]
        deployment.publicIPs = [PublicIPAddress(name: "pip-random", location: at())]

        var gateway = ApplicationGateway(name: "agw-random", capacity: Bool.random(using: &random) ? .fixed(2) : .autoscale(minimum: 2, maximum: Int.random(in: 2...50, using: &random)),
                                         frontend: .init(publicIP: "pip-random"), location: at())
        // The gateway reads the certificates it takes over from API Management with its own identity.
        if useKeyVault { gateway.identities = ["id-certs"] }
        let paths = apis.filter { $0.exposure == .external }.map { "/\($0.path)/*" }
        gateway.exposures = [
            EndpointExposure(endpoint: .gateway, paths: Bool.random(using: &random) ? paths : [], redirectHTTP: Bool.random(using: &random), location: at()),
            EndpointExposure(endpoint: .developerPortal, administrativeMode: Bool.random(using: &random), location: at()),
            EndpointExposure(endpoint: .management, location: at()),
        ]
        for (index, hostname) in hostnames.dropFirst(3).enumerated() {
            let name = "extra\(index)"
            // The same certificate, read with the gateway's user-assigned identity.
            var source = hostname.certificate
            if case .keyVault(var certificate) = source { certificate.identity = "id-certs"; source = .keyVault(certificate) }
            gateway.certificates.append(GatewayCertificate(name: "\(name)cert", source: source, location: at()))
            gateway.listeners.append(Listener(name: "\(name)listener", hostNames: [hostname.hostName], certificate: "\(name)cert", location: at()))
            gateway.probes.append(HealthProbe(name: "\(name)probe", host: hostname.hostName, path: "/status-0123456789abcdef", location: at()))
            gateway.backendSettings.append(BackendSettings(name: "\(name)settings", probe: "\(name)probe", location: at()))
            gateway.backendPools.append(BackendPool(name: "\(name)pool", targets: [.fqdn(hostname.hostName)], location: at()))
            gateway.rules.append(RoutingRule(name: "\(name)rule", priority: 1000 + index, listener: "\(name)listener", action: .forward(pool: "\(name)pool", settings: "\(name)settings"), location: at()))
        }
        if Bool.random(using: &random) {
            gateway.firewall = .inline(WAFConfiguration(location: at()))
        } else {
            deployment.wafPolicies = [WAFPolicy(name: "waf-random", managedRuleSets: [ManagedRuleSet(kind: .owasp3_2, location: at())], location: at())]
            gateway.firewall = .policy("waf-random")
        }
        deployment.applicationGateway = gateway
        if Bool.random(using: &random) { deployment.logAnalytics = LogAnalyticsWorkspace(name: "log-random", location: at()) }
        return deployment
    }
}
