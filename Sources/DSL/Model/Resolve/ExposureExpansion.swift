/// Expands `EndpointExposure` sugar into concrete gateway configuration, named as the
/// Microsoft Learn walkthrough names it (`gatewaylistener`, `apimgatewayprobe`, …).
extension ResolveContext {
    /// Defaults per endpoint: the names' stem and the walkthrough's probe paths and intervals.
    /// The walkthrough's timeouts (120 s and 300 s) exceed its intervals, which Application
    /// Gateway's probe model does not allow (azurerm rejects it at plan time: "`timeout` must
    /// not be greater than `interval`"), so each timeout equals its interval.
    struct EndpointDefaults {
        var stem: String
        var probePath: String
        var interval: Int
        var timeout: Int

        init(_ endpoint: EndpointExposure.Endpoint) {
            switch endpoint {
            case .gateway: self = .init(stem: "gateway", probePath: "/status-0123456789abcdef", interval: 30, timeout: 30)
            case .developerPortal: self = .init(stem: "portal", probePath: "/signin", interval: 60, timeout: 60)
            case .management: self = .init(stem: "management", probePath: "/ServiceStatus", interval: 60, timeout: 60)
            }
        }

        private init(stem: String, probePath: String, interval: Int, timeout: Int) {
            self.stem = stem
            self.probePath = probePath
            self.interval = interval
            self.timeout = timeout
        }

        var capitalizedStem: String { stem.prefix(1).uppercased() + stem.dropFirst() }
    }

    mutating func expandExposures() {
        guard var gateway = deployment.applicationGateway, !gateway.exposures.isEmpty else { return }
        var priorities = Set(gateway.rules.map(\.priority))
        func nextPriority() -> Int {
            var candidate = 100
            while priorities.contains(candidate) { candidate += 10 }
            priorities.insert(candidate)
            return candidate
        }
        let frontend: FrontendKind = gateway.frontend.publicIP == nil && gateway.frontend.privateIPAddress != nil ? .private : .public

        for exposure in gateway.exposures {
            let at = exposure.location
            guard let apim = deployment.apiManagement else {
                diagnostics.append(.error("cannot expose the \(exposure.endpoint.rawValue) endpoint: the deployment has no APIManagement", at: at,
                                          notes: [.init("declare APIManagement(…) in the deployment")]))
                continue
            }
            guard let hostname = apim.hostname(exposure.endpoint.hostnameKind) else {
                diagnostics.append(.error("cannot expose the \(exposure.endpoint.rawValue) endpoint: API Management '\(apim.name)' has no custom host name of kind .\(exposure.endpoint.hostnameKind.rawValue)", at: at,
                                          notes: [.init("add a CustomHostname(.\(exposure.endpoint.hostnameKind.rawValue), …) to API Management", at: apim.location)]))
                continue
            }
            let defaults = EndpointDefaults(exposure.endpoint)
            let stem = defaults.stem
            let host = hostname.hostName

            // API Management reads a firewalled vault with its own system-assigned identity; the
            // gateway, which has none, reads the same certificate with its user-assigned identity.
            var source = hostname.certificate
            if case .keyVault(var certificate) = source, certificate.identity == .systemAssigned, let identity = gateway.identities.first {
                certificate.identity = .userAssigned(identity)
                source = .keyVault(certificate)
            }
            let certificateName: String
            if let existing = gateway.certificates.first(where: { $0.source == source }) {
                certificateName = existing.name
            } else {
                certificateName = "\(stem)cert"
                gateway.certificates.append(GatewayCertificate(name: certificateName, source: source, location: at))
            }
            let listenerName = "\(stem)listener"
            gateway.listeners.append(Listener(name: listenerName, protocol: .https, frontend: frontend, port: 443, hostNames: [host], requireServerNameIndication: true, certificate: certificateName, location: at))
            let target = backendTarget(exposure.endpoint, customHost: host, apim)
            let probeName = "apim\(stem)probe"
            gateway.probes.append(HealthProbe(name: probeName, protocol: .https, host: host, path: exposure.probe.path ?? defaults.probePath,
                                              intervalSeconds: exposure.probe.intervalSeconds ?? defaults.interval,
                                              timeoutSeconds: exposure.probe.timeoutSeconds ?? defaults.timeout,
                                              unhealthyThreshold: exposure.probe.unhealthyThreshold ?? 8, location: at))
            let settingsName = "apimPool\(defaults.capitalizedStem)Setting"
            gateway.backendSettings.append(BackendSettings(name: settingsName, port: 443, protocol: .https, cookieBasedAffinity: exposure.cookieBasedAffinity, probe: probeName,
                                                           trustedRootCertificates: gateway.trustedRootCertificates.map(\.name), hostName: target.hostHeader,
                                                           requestTimeoutSeconds: exposure.requestTimeoutSeconds, location: at))
            let poolName = "\(stem)backend"
            gateway.backendPools.append(BackendPool(name: poolName, targets: [.fqdn(target.fqdn)], location: at))

            let paths = publishedPaths(exposure, apim)
            publications.append(GatewayPublication(endpoint: exposure.endpoint, listener: listenerName, frontend: frontend, hostName: host, paths: paths,
                                                   pathsDeclared: !exposure.paths.isEmpty, location: at))
            let action: RoutingRule.Action
            if paths.isEmpty {
                action = .forward(pool: poolName, settings: settingsName)
            } else {
                let deadEnd = "\(stem)deadend"
                gateway.backendPools.append(BackendPool(name: deadEnd, targets: [], location: at))
                let mapName = "\(stem)pathmap"
                gateway.urlPathMaps.append(URLPathMap(name: mapName, defaultPool: deadEnd, defaultSettings: settingsName,
                                                      pathRules: [PathRule(name: "\(stem)published", paths: paths, pool: poolName, settings: settingsName, location: at)],
                                                      location: at))
                action = .pathBased(urlPathMap: mapName)
            }
            gateway.rules.append(RoutingRule(name: "\(stem)rule", priority: nextPriority(), listener: listenerName, action: action, location: at))

            if exposure.redirectHTTP {
                let httpListener = "\(stem)httplistener"
                gateway.listeners.append(Listener(name: httpListener, protocol: .http, frontend: frontend, port: 80, hostNames: [host], location: at))
                let redirect = "\(stem)httpsredirect"
                gateway.redirects.append(RedirectConfiguration(name: redirect, type: .permanent, target: .listener(listenerName), location: at))
                gateway.rules.append(RoutingRule(name: "\(stem)httprule", priority: nextPriority(), listener: httpListener, action: .redirect(redirect), location: at))
            }

        }
        if let portal = gateway.exposures.first(where: { $0.endpoint == .developerPortal }) {
            relaxFirewallForPortal(&gateway, portal)
        }
        deployment.applicationGateway = gateway
    }

    /// Where the gateway sends an endpoint's traffic. In an internal virtual network the custom
    /// host resolves (private DNS) to API Management's private address. Otherwise the custom
    /// host's public DNS points at the gateway itself, so the pool targets the service's own
    /// host (`<name>.azure-api.net`, which a private endpoint's `privatelink` zone resolves
    /// privately) and the Host header carries the custom host API Management serves.
    func backendTarget(_ endpoint: EndpointExposure.Endpoint, customHost: String, _ apim: APIManagement) -> (fqdn: String, hostHeader: BackendSettings.HostNameSource) {
        guard apim.virtualNetwork != .internal else { return (customHost, .pickFromBackendAddress) }
        return (apim.defaultHost(endpoint.hostnameKind)!, .explicit(customHost))
    }

    /// The gateway paths an exposure publishes: the explicit `paths`, or for the API gateway
    /// without them, `/<path>/*` of every API marked `.external` (none: every path).
    func publishedPaths(_ exposure: EndpointExposure, _ apim: APIManagement) -> [String] {
        guard exposure.paths.isEmpty, exposure.endpoint == .gateway else { return exposure.paths }
        var seen = Set<String>()
        return apim.content.apis.filter { $0.exposure == .external }.map(\.gatewayPathPattern).filter { seen.insert($0).inserted }
    }
}
