extension ApplicationGateway: DeploymentComponent {
    /// An Application Gateway v2. Publish API Management endpoints with `Expose(…)`, or write
    /// listeners, probes, settings, pools and rules yourself.
    public init(_ name: String, sku: SKU = .wafV2, capacity: Capacity = .fixed(2), zones: [Int] = [], subnet: String? = nil,
                publicIP: String? = nil, privateIPAddress: String? = nil, identities: [String] = [], http2: Bool = true,
                tlsPolicy: TLSPolicy = .predefined(.appGwSslPolicy20220101S), firewallPolicy: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any ApplicationGatewayComponent> _ content: () -> [any ApplicationGatewayComponent] = { [] }) {
        self.init(name: name, sku: sku, capacity: capacity, zones: zones, subnet: subnet,
                  frontend: Frontend(publicIP: publicIP, privateIPAddress: privateIPAddress), identities: identities, http2: http2,
                  tlsPolicy: tlsPolicy, firewall: firewallPolicy.map { .policy($0) } ?? .none, location: .here(file, line, column))
        for component in content() { component.apply(to: &self) }
    }

    public func apply(to deployment: inout Deployment) { deployment.applicationGateway = self }
}

extension EndpointExposure: ApplicationGatewayComponent {
    /// Publishes an API Management endpoint through the gateway with the walkthrough's
    /// listener, probe, settings, pool and rule; `paths` publishes only those paths.
    public init(_ endpoint: Endpoint, paths: [String] = [], redirectHTTP: Bool = false, administrativeMode: Bool = false,
                probe: ProbeOverrides = .init(), requestTimeout: Int = 180, cookieBasedAffinity: Bool = false,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(endpoint: endpoint, paths: paths, redirectHTTP: redirectHTTP, administrativeMode: administrativeMode, probe: probe,
                  requestTimeoutSeconds: requestTimeout, cookieBasedAffinity: cookieBasedAffinity, location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.exposures.append(self) }
}

/// `Expose(.gateway)`: the short name manifests use for `EndpointExposure`.
public typealias Expose = EndpointExposure

extension GatewayCertificate: ApplicationGatewayComponent {
    public init(_ name: String, _ source: CertificateSource, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, source: source, location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.certificates.append(self) }
}

extension TrustedRootCertificate: ApplicationGatewayComponent {
    /// A root certificate from a `.cer` file.
    public init(_ name: String, cerFile: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, source: .cerFile(cerFile), location: .here(file, line, column))
    }

    /// A root certificate from Key Vault.
    public init(_ name: String, keyVault: KeyVaultCertificate, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, source: .keyVault(keyVault), location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.trustedRootCertificates.append(self) }
}

extension Listener: ApplicationGatewayComponent {
    public init(_ name: String, protocol: GatewayProtocol = .https, frontend: FrontendKind = .public, port: Int? = nil, hostNames: [String] = [],
                requireServerNameIndication: Bool = true, certificate: String? = nil, firewallPolicy: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, protocol: `protocol`, frontend: frontend, port: port, hostNames: hostNames, requireServerNameIndication: requireServerNameIndication,
                  certificate: certificate, firewallPolicy: firewallPolicy, location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.listeners.append(self) }
}

extension HealthProbe: ApplicationGatewayComponent {
    public init(_ name: String, protocol: GatewayProtocol = .https, host: String? = nil, path: String, interval: Int = 30, timeout: Int = 30,
                unhealthyThreshold: Int = 3, statusCodes: [String] = ["200-399"],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, protocol: `protocol`, host: host, path: path, intervalSeconds: interval, timeoutSeconds: timeout,
                  unhealthyThreshold: unhealthyThreshold, statusCodes: statusCodes, location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.probes.append(self) }
}

extension BackendSettings: ApplicationGatewayComponent {
    public init(_ name: String, port: Int = 443, protocol: GatewayProtocol = .https, cookieBasedAffinity: Bool = false, probe: String? = nil,
                trustedRootCertificates: [String] = [], hostName: HostNameSource = .pickFromBackendAddress, requestTimeout: Int = 30,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, port: port, protocol: `protocol`, cookieBasedAffinity: cookieBasedAffinity, probe: probe,
                  trustedRootCertificates: trustedRootCertificates, hostName: hostName, requestTimeoutSeconds: requestTimeout,
                  location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.backendSettings.append(self) }
}

extension BackendPool: ApplicationGatewayComponent {
    public init(_ name: String, fqdns: [String] = [], ipAddresses: [String] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, targets: fqdns.map(Target.fqdn) + ipAddresses.map(Target.ipAddress), location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.backendPools.append(self) }
}

extension RoutingRule: ApplicationGatewayComponent {
    /// A basic rule forwarding the listener's requests to a pool.
    public init(_ name: String, priority: Int, listener: String, pool: String, settings: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, priority: priority, listener: listener, action: .forward(pool: pool, settings: settings), location: .here(file, line, column))
    }

    /// A path-based rule.
    public init(_ name: String, priority: Int, listener: String, urlPathMap: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, priority: priority, listener: listener, action: .pathBased(urlPathMap: urlPathMap), location: .here(file, line, column))
    }

    /// A rule that redirects.
    public init(_ name: String, priority: Int, listener: String, redirect: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, priority: priority, listener: listener, action: .redirect(redirect), location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.rules.append(self) }
}

extension URLPathMap: ApplicationGatewayComponent {
    public init(_ name: String, defaultPool: String, defaultSettings: String,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<PathRule> _ pathRules: () -> [PathRule]) {
        self.init(name: name, defaultPool: defaultPool, defaultSettings: defaultSettings, pathRules: pathRules(), location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.urlPathMaps.append(self) }
}

extension PathRule {
    public init(_ name: String, paths: [String], pool: String, settings: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, paths: paths, pool: pool, settings: settings, location: .here(file, line, column))
    }
}

extension RedirectConfiguration: ApplicationGatewayComponent {
    public init(_ name: String, to target: Target, type: RedirectType = .permanent, includePath: Bool = true, includeQueryString: Bool = true,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, type: type, target: target, includePath: includePath, includeQueryString: includeQueryString, location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.redirects.append(self) }
}
