/// Application Gateway: subnet, scale, frontends, and the listener → rule → pool chain.
extension ValidationContext {
    mutating func checkGateway() {
        guard let gateway = deployment.applicationGateway else { return }
        let at = gateway.location
        checkName(gateway.name, .networkResource, at: at, kind: "application gateway")
        checkCapacity(gateway)
        checkZones(gateway.zones, of: "the application gateway", at: at)
        checkGatewaySubnet(gateway)
        checkFrontend(gateway)
        checkGatewayCertificates(gateway)
        checkListeners(gateway)
        checkProbesAndSettings(gateway)
        checkPoolsAndRules(gateway)
        checkExposures(gateway)
        checkExposureIntent()
        // Azure creates no gateway without a listener, a pool, backend settings and a rule joining them.
        if gateway.rules.isEmpty {
            error("the application gateway has nothing to route: it needs at least one routing rule", at: at,
                  notes: [.init("add Expose(.gateway) to publish API Management, or a Listener, BackendPool, BackendSettings and RoutingRule")])
        }
        if gateway.tlsPolicy.minimumVersion < .tls12 {
            warning("the gateway's TLS policy accepts \(gateway.tlsPolicy.minimumVersion.rawValue); use a policy with TLS 1.2 or later such as AppGwSslPolicy20220101S", at: at)
        }
        if case .custom(_, let suites) = gateway.tlsPolicy, suites.isEmpty {
            error("a custom TLS policy needs at least one cipher suite (TLSPolicy.recommendedCipherSuites is a good start)", at: at)
        }
    }

    /// The developer portal calls the management API from the browser, so publishing the portal
    /// alone gives users a portal that cannot sign them in or list APIs.
    private mutating func checkExposures(_ gateway: ApplicationGateway) {
        let endpoints = gateway.exposures.map(\.endpoint)
        if let portal = gateway.exposures.first(where: { $0.endpoint == .developerPortal }), !endpoints.contains(.management) {
            error("the developer portal is exposed through the gateway but the management endpoint is not; the portal calls the management API from the browser and fails without it",
                  at: portal.location, notes: [.init("add Expose(.management) to the gateway", at: gateway.location)])
        }
        var seen: [EndpointExposure.Endpoint: SourceLocation] = [:]
        for exposure in gateway.exposures {
            if let earlier = seen[exposure.endpoint] {
                error("the \(exposure.endpoint.rawValue) endpoint is exposed twice", at: exposure.location, notes: [.init("first exposed here", at: earlier)])
            }
            seen[exposure.endpoint] = exposure.location
            for path in exposure.paths where !path.hasPrefix("/") {
                error("published path '\(path)' must start with '/'", at: exposure.location)
            }
        }
    }

    /// API Management host names are checked where they are declared, not again on every
    /// listener, probe and pool derived from them.
    private func isAPIManagementHost(_ host: String) -> Bool {
        deployment.apiManagement?.hostnames.contains { $0.hostName.lowercased() == host.lowercased() } ?? false
    }

    private mutating func checkCapacity(_ gateway: ApplicationGateway) {
        switch gateway.capacity {
        case .fixed(let count):
            if !(1...125).contains(count) { error("gateway capacity \(count) is outside 1-125", at: gateway.location) }
        case .autoscale(let minimum, let maximum):
            if !(0...125).contains(minimum) || !(2...125).contains(maximum) || minimum > maximum {
                error("autoscale bounds \(minimum)-\(maximum) are invalid: minimum 0-125, maximum 2-125, minimum ≤ maximum", at: gateway.location)
            }
        }
        if deployment.production, gateway.capacity.minimumInstances < 2 {
            warning("the gateway can run on \(gateway.capacity.minimumInstances) instance\(gateway.capacity.minimumInstances == 1 ? "" : "s"); Microsoft recommends at least 2 for production workloads",
                    at: gateway.location)
        } else if gateway.capacity == .fixed(1) {
            warning("a single gateway instance has no redundancy: fine for experiments, not for workloads (use capacity: .fixed(2) or autoscale)", at: gateway.location)
        }
    }

    private mutating func checkGatewaySubnet(_ gateway: ApplicationGateway) {
        guard let name = gateway.subnet else {
            error("the application gateway needs a subnet: declare a Subnet(…, role: .applicationGateway) or pass subnet:", at: gateway.location)
            return
        }
        guard let subnet = deployment.virtualNetwork?.subnet(named: name) else {
            error("the gateway's subnet '\(name)' is not declared in the virtual network", at: gateway.location, notes: declaredSubnetsNote)
            return
        }
        var sharers: [(String, SourceLocation)] = []
        if let apim = deployment.apiManagement, apim.virtualNetwork != .none, apim.subnet == name { sharers.append(("API Management", apim.location)) }
        for vault in deployment.keyVaults where vault.privateEndpointSubnet == name { sharers.append(("Key Vault '\(vault.name)' private endpoint", vault.location)) }
        if subnet.role != .applicationGateway { sharers.append(("a subnet of role .\(subnet.role.rawValue)", subnet.location)) }
        for (what, location) in sharers {
            error("the gateway subnet '\(name)' is shared with \(what); Application Gateway needs a subnet of its own", at: location,
                  notes: [.init("the gateway uses '\(name)'", at: gateway.location)])
        }
        // An out-of-range capacity is reported by checkCapacity; its subnet size would be noise.
        if let size = subnet.addressPrefix.size, (0...125).contains(gateway.capacity.maximumInstances) {
            let needed = 5 + gateway.capacity.maximumInstances + (gateway.frontend.privateIPAddress == nil ? 0 : 1)
            if size < UInt64(needed) {
                error("gateway subnet '\(name)' (\(subnet.addressPrefix)) has \(size) addresses but up to \(gateway.capacity.maximumInstances) instances need \(needed)",
                      at: subnet.location, notes: [.init("each instance takes one address, Azure reserves 5; Microsoft recommends a /24", at: gateway.location)])
            }
            if let address = gateway.frontend.privateIPAddress, let value = IPv4Address.parse(address), let range = subnet.addressPrefix.parsed,
               value & AddressPrefix.mask(range.length) != range.network {
                error("the private frontend address \(address) is outside the gateway subnet \(subnet.addressPrefix)", at: gateway.location)
            }
        }
    }

    private mutating func checkFrontend(_ gateway: ApplicationGateway) {
        if let name = gateway.frontend.publicIP, !deployment.publicIPs.contains(where: { $0.name == name }) {
            error("the gateway's public IP '\(name)' is not declared", at: gateway.location, notes: [.init("declare PublicIPAddress(\"\(name)\")")])
        }
        // Azure places the frontend IP in the gateway's zones: a zonal gateway needs an address that exists in each of them.
        if let name = gateway.frontend.publicIP, let ip = deployment.publicIPs.first(where: { $0.name == name }),
           !Set(gateway.zones).isSubset(of: Set(ip.zones)) {
            let missing = Set(gateway.zones).subtracting(ip.zones).sorted().map(String.init).joined(separator: ", ")
            error("the gateway runs in zones \(gateway.zones.map(String.init).joined(separator: ", ")) but its public IP '\(name)' is not in zone\(missing.contains(",") ? "s" : "") \(missing)",
                  at: gateway.location, notes: [.init("give the public IP at least the gateway's zones: zones: [\(gateway.zones.map(String.init).joined(separator: ", "))]", at: ip.location)])
        }
        if let address = gateway.frontend.privateIPAddress, IPv4Address.parse(address) == nil {
            error("the private frontend address '\(address)' is not an IPv4 address", at: gateway.location)
        }
        if gateway.frontend.publicIP == nil && gateway.frontend.privateIPAddress == nil {
            error("the gateway has no frontend: give it publicIP:, privateIPAddress: or both", at: gateway.location)
        }
        for listener in gateway.listeners {
            if listener.frontend == .public && gateway.frontend.publicIP == nil {
                error("listener '\(listener.name)' listens on the public frontend, but the gateway has no public IP", at: listener.location)
            }
            if listener.frontend == .private && gateway.frontend.privateIPAddress == nil {
                error("listener '\(listener.name)' listens on the private frontend, but the gateway has no privateIPAddress", at: listener.location)
            }
        }
    }

    private mutating func checkGatewayCertificates(_ gateway: ApplicationGateway) {
        checkUnique(gateway.certificates, kind: "gateway certificate", name: \.name, location: \.location)
        checkUnique(gateway.trustedRootCertificates, kind: "trusted root certificate", name: \.name, location: \.location)
        let hostnameSources = deployment.apiManagement?.hostnames.map(\.certificate) ?? []
        for certificate in gateway.certificates {
            checkName(certificate.name, .networkResource, at: certificate.location, kind: "certificate")
            // A certificate shared with an API Management host name was checked there.
            if !hostnameSources.contains(certificate.source) { checkCertificateSource(certificate.source, at: certificate.location) }
        }
        for root in gateway.trustedRootCertificates {
            checkName(root.name, .networkResource, at: root.location, kind: "trusted root certificate")
            switch root.source {
            case .cerFile(let path): if path.isEmpty { error("trusted root certificate '\(root.name)' needs a .cer file path", at: root.location) }
            case .keyVault(let certificate): checkKeyVaultReference(certificate, at: root.location)
            }
        }
    }

    private mutating func checkListeners(_ gateway: ApplicationGateway) {
        checkUnique(gateway.listeners, kind: "listener", name: \.name, location: \.location)
        var bindings: [String: Listener] = [:]
        for listener in gateway.listeners {
            checkName(listener.name, .networkResource, at: listener.location, kind: "listener")
            if !(1...65535).contains(listener.port) || (65200...65535).contains(listener.port) {
                error("listener '\(listener.name)' uses port \(listener.port); ports 65200-65535 are reserved for the gateway's infrastructure", at: listener.location)
            }
            for host in listener.hostNames where !isAPIManagementHost(host) {
                if let problem = LiteralSyntax.hostNameProblem(host.hasPrefix("*.") ? String(host.dropFirst(2)) : host) {
                    error("listener '\(listener.name)': invalid host name '\(host)': \(problem)", at: listener.location)
                }
            }
            switch (listener.protocol, listener.certificate) {
            case (.https, nil):
                error("HTTPS listener '\(listener.name)' has no certificate", at: listener.location,
                      notes: [.init("give it certificate: with the name of a GatewayCertificate")])
            case (.https, let name?):
                if let certificate = gateway.certificates.first(where: { $0.name == name }) {
                    checkCertificateServesHosts(certificate, listener)
                } else {
                    error("listener '\(listener.name)' uses certificate '\(name)', which is not declared", at: listener.location,
                          notes: [.init("declared certificates: \(gateway.certificates.map(\.name).joined(separator: ", "))")])
                }
            case (.http, _?):
                warning("HTTP listener '\(listener.name)' names a certificate it cannot use", at: listener.location)
            case (.http, nil):
                break
            }
            if let policy = listener.firewallPolicy {
                if gateway.sku == .standardV2 {
                    error("listener '\(listener.name)' has a WAF policy, but a Standard_v2 gateway runs no WAF", at: listener.location,
                          notes: [.init("use sku: .wafV2", at: gateway.location)])
                }
                if !deployment.wafPolicies.contains(where: { $0.name == policy }) {
                    error("listener '\(listener.name)' uses WAF policy '\(policy)', which is not declared", at: listener.location)
                }
            }
            let hosts = listener.hostNames.isEmpty ? ["*"] : listener.hostNames.map { $0.lowercased() }
            for host in hosts {
                let key = "\(listener.frontend.rawValue):\(listener.port):\(host)"
                if let other = bindings[key] {
                    error("listeners '\(other.name)' and '\(listener.name)' both take \(host) on port \(listener.port) of the \(listener.frontend.rawValue) frontend",
                          at: listener.location, notes: [.init("'\(other.name)' declared here", at: other.location)])
                } else {
                    bindings[key] = listener
                }
            }
        }
    }

    /// A certificate for API Management host names must be the one serving the listener's host.
    private mutating func checkCertificateServesHosts(_ certificate: GatewayCertificate, _ listener: Listener) {
        guard let apim = deployment.apiManagement else { return }
        for host in listener.hostNames {
            guard let owner = apim.hostnames.first(where: { $0.hostName.lowercased() == host.lowercased() }) else { continue }
            if !owner.certificate.isSameCertificate(as: certificate.source) {
                let holders = apim.hostnames.filter { $0.certificate.isSameCertificate(as: certificate.source) }.map(\.hostName)
                error("listener '\(listener.name)' serves \(host) with certificate '\(certificate.name)', which is the certificate of \(holders.isEmpty ? "no API Management host name" : holders.joined(separator: ", "))",
                      at: listener.location, notes: [.init("\(host) is served by API Management with its own certificate", at: owner.location)])
            }
        }
    }

    private mutating func checkProbesAndSettings(_ gateway: ApplicationGateway) {
        checkUnique(gateway.probes, kind: "probe", name: \.name, location: \.location)
        for probe in gateway.probes {
            checkName(probe.name, .networkResource, at: probe.location, kind: "probe")
            if !probe.path.hasPrefix("/") { error("probe '\(probe.name)': path '\(probe.path)' must start with '/'", at: probe.location) }
            if !(1...86400).contains(probe.intervalSeconds) || !(1...86400).contains(probe.timeoutSeconds) || !(0...20).contains(probe.unhealthyThreshold) {
                error("probe '\(probe.name)': interval and timeout must be 1-86400 seconds and the unhealthy threshold 0-20", at: probe.location)
            } else if probe.timeoutSeconds > probe.intervalSeconds {
                error("probe '\(probe.name)': timeout \(probe.timeoutSeconds) s is longer than its interval \(probe.intervalSeconds) s; Application Gateway waits at most one interval for an answer",
                      at: probe.location, notes: [.init("set timeout: to at most interval: (the derived probes use the same value for both)")])
            }
            if let host = probe.host, !isAPIManagementHost(host), let problem = LiteralSyntax.hostNameProblem(host) {
                error("probe '\(probe.name)': invalid host '\(host)': \(problem)", at: probe.location)
            }
        }
        checkUnique(gateway.backendSettings, kind: "backend settings", name: \.name, location: \.location)
        for settings in gateway.backendSettings {
            checkName(settings.name, .networkResource, at: settings.location, kind: "backend settings")
            if !(1...65535).contains(settings.port) { error("backend settings '\(settings.name)': port \(settings.port) is outside 1-65535", at: settings.location) }
            if !(1...86400).contains(settings.requestTimeoutSeconds) {
                error("backend settings '\(settings.name)': request timeout must be 1-86400 seconds", at: settings.location)
            }
            for root in settings.trustedRootCertificates where !gateway.trustedRootCertificates.contains(where: { $0.name == root }) {
                error("backend settings '\(settings.name)' trust root certificate '\(root)', which is not declared", at: settings.location)
            }
            guard let probeName = settings.probe else { continue }
            guard let probe = gateway.probe(named: probeName) else {
                error("backend settings '\(settings.name)' use probe '\(probeName)', which is not declared", at: settings.location,
                      notes: [.init("declared probes: \(gateway.probes.map(\.name).joined(separator: ", "))")])
                continue
            }
            checkProbeHost(probe, settings, gateway)
        }
    }

    /// The probe must ask for the host the backend settings send, or API Management answers 404.
    private mutating func checkProbeHost(_ probe: HealthProbe, _ settings: BackendSettings, _ gateway: ApplicationGateway) {
        let backendHosts: [String]
        switch settings.hostName {
        case .explicit(let host): backendHosts = [host]
        case .pickFromBackendAddress: backendHosts = poolsUsed(with: settings.name, in: gateway).flatMap(\.fqdns)
        case .original: backendHosts = []
        }
        guard let probeHost = probe.host else {
            if case .original = settings.hostName {
                error("probe '\(probe.name)' has no host and backend settings '\(settings.name)' pass the client's host, so the probe has no Host header to send",
                      at: probe.location, notes: [.init("give the probe host:", at: settings.location)])
            }
            return
        }
        if !backendHosts.isEmpty, !backendHosts.contains(where: { $0.lowercased() == probeHost.lowercased() }) {
            error("probe '\(probe.name)' asks for host '\(probeHost)', but backend settings '\(settings.name)' send '\(backendHosts.joined(separator: "', '"))'; API Management answers probes only for its own host names",
                  at: probe.location, notes: [.init("backend settings declared here", at: settings.location)])
        }
    }

    private func poolsUsed(with settings: String, in gateway: ApplicationGateway) -> [BackendPool] {
        var names: [String] = []
        for rule in gateway.rules {
            if case .forward(let pool, settings) = rule.action { names.append(pool) }
        }
        for map in gateway.urlPathMaps {
            if map.defaultSettings == settings { names.append(map.defaultPool) }
            for path in map.pathRules where path.settings == settings { names.append(path.pool) }
        }
        return names.compactMap { gateway.pool(named: $0) }
    }

    private mutating func checkPoolsAndRules(_ gateway: ApplicationGateway) {
        checkUnique(gateway.backendPools, kind: "backend pool", name: \.name, location: \.location)
        for pool in gateway.backendPools {
            checkName(pool.name, .networkResource, at: pool.location, kind: "backend pool")
            for fqdn in pool.fqdns where !isAPIManagementHost(fqdn) { if let problem = LiteralSyntax.hostNameProblem(fqdn) { error("backend pool '\(pool.name)': invalid FQDN '\(fqdn)': \(problem)", at: pool.location) } }
            for address in pool.ipAddresses where IPv4Address.parse(address) == nil { error("backend pool '\(pool.name)': '\(address)' is not an IPv4 address", at: pool.location) }
        }
        checkUnique(gateway.urlPathMaps, kind: "URL path map", name: \.name, location: \.location)
        for map in gateway.urlPathMaps {
            checkTarget(pool: map.defaultPool, settings: map.defaultSettings, of: "URL path map '\(map.name)'", at: map.location, gateway)
            checkUnique(map.pathRules, kind: "path rule", name: \.name, location: \.location)
            var seenPaths: [String: SourceLocation] = [:]
            for rule in map.pathRules {
                checkTarget(pool: rule.pool, settings: rule.settings, of: "path rule '\(rule.name)'", at: rule.location, gateway)
                if rule.paths.isEmpty { error("path rule '\(rule.name)' needs at least one path", at: rule.location) }
                for path in rule.paths where !path.hasPrefix("/") { error("path rule '\(rule.name)': path '\(path)' must start with '/'", at: rule.location) }
                // Application Gateway rejects a path map that lists one path twice.
                for path in rule.paths {
                    if let earlier = seenPaths[path.lowercased()] {
                        error("path '\(path)' appears twice in path map '\(map.name)'", at: rule.location, notes: [.init("first listed here", at: earlier)])
                    } else {
                        seenPaths[path.lowercased()] = rule.location
                    }
                }
            }
        }
        checkUnique(gateway.redirects, kind: "redirect", name: \.name, location: \.location)
        for redirect in gateway.redirects {
            if case .listener(let target) = redirect.target, gateway.listener(named: target) == nil {
                error("redirect '\(redirect.name)' targets listener '\(target)', which is not declared", at: redirect.location)
            }
        }
        checkUnique(gateway.rules, kind: "routing rule", name: \.name, location: \.location)
        checkUnique(gateway.rules, kind: "routing rule priority", name: { "\($0.priority)" }, location: \.location)
        var listenersInUse: [String: RoutingRule] = [:]
        for rule in gateway.rules {
            checkName(rule.name, .networkResource, at: rule.location, kind: "routing rule")
            if !(1...20000).contains(rule.priority) { error("routing rule '\(rule.name)' has priority \(rule.priority); rule priorities are 1 to 20000", at: rule.location) }
            if gateway.listener(named: rule.listener) == nil {
                error("routing rule '\(rule.name)' uses listener '\(rule.listener)', which is not declared", at: rule.location,
                      notes: [.init("declared listeners: \(gateway.listeners.map(\.name).joined(separator: ", "))")])
            } else if let other = listenersInUse[rule.listener] {
                error("listener '\(rule.listener)' is used by two routing rules", at: rule.location, notes: [.init("'\(other.name)' uses it too", at: other.location)])
            } else {
                listenersInUse[rule.listener] = rule
            }
            switch rule.action {
            case .forward(let pool, let settings):
                checkTarget(pool: pool, settings: settings, of: "routing rule '\(rule.name)'", at: rule.location, gateway)
            case .pathBased(let map):
                if !gateway.urlPathMaps.contains(where: { $0.name == map }) {
                    error("routing rule '\(rule.name)' uses URL path map '\(map)', which is not declared", at: rule.location)
                }
            case .redirect(let redirect):
                if !gateway.redirects.contains(where: { $0.name == redirect }) {
                    error("routing rule '\(rule.name)' uses redirect '\(redirect)', which is not declared", at: rule.location)
                }
            }
        }
        for listener in gateway.listeners where listenersInUse[listener.name] == nil {
            warning("listener '\(listener.name)' is not used by any routing rule", at: listener.location)
        }
    }

    private mutating func checkTarget(pool: String, settings: String, of what: String, at location: SourceLocation, _ gateway: ApplicationGateway) {
        if gateway.pool(named: pool) == nil {
            error("\(what) uses backend pool '\(pool)', which is not declared", at: location,
                  notes: [.init("declared pools: \(gateway.backendPools.map(\.name).joined(separator: ", "))")])
        }
        if gateway.settings(named: settings) == nil {
            error("\(what) uses backend settings '\(settings)', which are not declared", at: location,
                  notes: [.init("declared backend settings: \(gateway.backendSettings.map(\.name).joined(separator: ", "))")])
        }
    }
}
