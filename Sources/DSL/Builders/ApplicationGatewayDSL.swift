extension ApplicationGateway: DeploymentComponent {
    /// An Application Gateway v2. Publish API Management endpoints with `Expose(…)`, or write
    /// listeners, probes, settings, pools and rules yourself.
    /// Defaults: WAF_v2, two fixed instances, the subnet with role `.applicationGateway`, HTTP/2
    /// and TLS 1.2+ (`AppGwSslPolicy20220101S`). A WAF_v2 gateway with no `firewallPolicy` or
    /// `WAFConfiguration` gets a policy `waf-<name>` running OWASP 3.2 in Prevention.
    ///
    /// ```swift
    /// ApplicationGateway("agw-apim-edge-prod", capacity: .autoscale(minimum: 2, maximum: 10), zones: [1, 2, 3],
    ///                    publicIP: "pip-apim-edge-prod", identities: ["id-apim-edge-certificates"], firewallPolicy: "waf-apim-edge-prod") {
    ///     Expose(.gateway, paths: ["/external/*"], redirectHTTP: true)
    /// }
    /// ```
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

    /// Makes this the deployment's Application Gateway (a later declaration replaces it).
    public func apply(to deployment: inout Deployment) { deployment.applicationGateway = self }
}

extension EndpointExposure: ApplicationGatewayComponent {
    /// Publishes an API Management endpoint through the gateway with the walkthrough's
    /// listener, probe, settings, pool and rule; `paths` publishes only those paths.
    /// The endpoint needs a `CustomHostname` of its kind. Without `paths`, `.gateway` publishes
    /// `/<path>/*` of every `.external` API (every path when there is none); `redirectHTTP` adds a
    /// port-80 listener that redirects to HTTPS.
    ///
    /// ```swift
    /// Expose(.gateway, paths: ["/external/*"], redirectHTTP: true)
    /// Expose(.developerPortal, probe: .init(intervalSeconds: 120))
    /// ```
    public init(_ endpoint: Endpoint, paths: [String] = [], redirectHTTP: Bool = false, administrativeMode: Bool = false,
                probe: ProbeOverrides = .init(), requestTimeout: Int = 180, cookieBasedAffinity: Bool = false,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(endpoint: endpoint, paths: paths, redirectHTTP: redirectHTTP, administrativeMode: administrativeMode, probe: probe,
                  requestTimeoutSeconds: requestTimeout, cookieBasedAffinity: cookieBasedAffinity, location: .here(file, line, column))
    }

    /// Adds the exposure to the gateway; resolve expands it into the listener, probe, settings,
    /// pool and rule.
    public func apply(to gateway: inout ApplicationGateway) { gateway.exposures.append(self) }
}

/// `Expose(.gateway)`: the short name manifests use for `EndpointExposure`.
///
/// ```swift
/// ApplicationGateway("apim-app-gw", publicIP: "publicIP01") {
///     Expose(.gateway)
///     Expose(.developerPortal)
/// }
/// ```
public typealias Expose = EndpointExposure

extension GatewayCertificate: ApplicationGatewayComponent {
    /// A TLS certificate the gateway's HTTPS listeners present (`Listener(…, certificate:)`). The
    /// gateway reads one in Key Vault with a user-assigned identity from `identities:`: it has no
    /// system-assigned one.
    ///
    /// ```swift
    /// GatewayCertificate("backends-internal",
    ///                    .keyVault(vault: "kv-northwind-apis", certificate: "backends-internal-northwind-com", identity: "id-northwind-gateway"))
    /// ```
    public init(_ name: String, _ source: CertificateSource, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, source: source, location: .here(file, line, column))
    }

    /// Adds the certificate to the gateway.
    public func apply(to gateway: inout ApplicationGateway) { gateway.certificates.append(self) }
}

extension TrustedRootCertificate: ApplicationGatewayComponent {
    /// A root certificate from a `.cer` file.
    /// Trust it for backends whose chain is not publicly trusted; the settings `Expose` derives
    /// trust every declared root.
    ///
    /// ```swift
    /// TrustedRootCertificate("whitelistcert1", cerFile: "certificates/trustedroot.cer")
    /// ```
    public init(_ name: String, cerFile: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, source: .cerFile(cerFile), location: .here(file, line, column))
    }

    /// A root certificate from Key Vault.
    /// The gateway reads it with the user-assigned identity the certificate names.
    ///
    /// ```swift
    /// TrustedRootCertificate("internal-root", keyVault: KeyVaultCertificate(vault: "kv-northwind-apis", certificate: "internal-root-ca", identity: "id-northwind-gateway"))
    /// ```
    public init(_ name: String, keyVault: KeyVaultCertificate, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, source: .keyVault(keyVault), location: .here(file, line, column))
    }

    /// Adds the trusted root to the gateway.
    public func apply(to gateway: inout ApplicationGateway) { gateway.trustedRootCertificates.append(self) }
}

extension Listener: ApplicationGatewayComponent {
    /// A listener on the public or the private frontend. The port defaults to 443 (HTTPS) or 80
    /// (HTTP); SNI is required only on HTTPS with host names. `certificate` names a
    /// `GatewayCertificate`, `firewallPolicy` a `WAFPolicy` for this listener alone.
    ///
    /// ```swift
    /// Listener("backends-https", frontend: .private, hostNames: ["backends.internal.northwind.com"], certificate: "backends-internal")
    /// ```
    public init(_ name: String, protocol: GatewayProtocol = .https, frontend: FrontendKind = .public, port: Int? = nil, hostNames: [String] = [],
                requireServerNameIndication: Bool = true, certificate: String? = nil, firewallPolicy: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, protocol: `protocol`, frontend: frontend, port: port, hostNames: hostNames, requireServerNameIndication: requireServerNameIndication,
                  certificate: certificate, firewallPolicy: firewallPolicy, location: .here(file, line, column))
    }

    /// Adds the listener to the gateway.
    public func apply(to gateway: inout ApplicationGateway) { gateway.listeners.append(self) }
}

extension HealthProbe: ApplicationGatewayComponent {
    /// A custom health probe. A backend that serves by host name (API Management does) needs
    /// `host`; a status in `statusCodes` is healthy, and `timeout` may not exceed `interval`
    /// (seconds).
    ///
    /// ```swift
    /// HealthProbe("orders-health", host: "orders.internal.northwind.com", path: "/health")
    /// ```
    public init(_ name: String, protocol: GatewayProtocol = .https, host: String? = nil, path: String, interval: Int = 30, timeout: Int = 30,
                unhealthyThreshold: Int = 3, statusCodes: [String] = ["200-399"],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, protocol: `protocol`, host: host, path: path, intervalSeconds: interval, timeoutSeconds: timeout,
                  unhealthyThreshold: unhealthyThreshold, statusCodes: statusCodes, location: .here(file, line, column))
    }

    /// Adds the probe to the gateway.
    public func apply(to gateway: inout ApplicationGateway) { gateway.probes.append(self) }
}

extension BackendSettings: ApplicationGatewayComponent {
    /// How the gateway calls a pool: HTTPS on 443 by default, with the pool member's host name
    /// as the Host header unless `hostName` says otherwise; `requestTimeout` is in seconds.
    ///
    /// ```swift
    /// BackendSettings("orders-https", probe: "orders-health", hostName: .explicit("orders.internal.northwind.com"))
    /// ```
    public init(_ name: String, port: Int = 443, protocol: GatewayProtocol = .https, cookieBasedAffinity: Bool = false, probe: String? = nil,
                trustedRootCertificates: [String] = [], hostName: HostNameSource = .pickFromBackendAddress, requestTimeout: Int = 30,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, port: port, protocol: `protocol`, cookieBasedAffinity: cookieBasedAffinity, probe: probe,
                  trustedRootCertificates: trustedRootCertificates, hostName: hostName, requestTimeoutSeconds: requestTimeout,
                  location: .here(file, line, column))
    }

    /// Adds the backend settings to the gateway.
    public func apply(to gateway: inout ApplicationGateway) { gateway.backendSettings.append(self) }
}

extension BackendPool: ApplicationGatewayComponent {
    /// The FQDNs and IP addresses the gateway forwards to. An empty pool answers 502: the dead end
    /// for paths that are not published.
    ///
    /// ```swift
    /// BackendPool("orders-vms", ipAddresses: ["10.60.2.10", "10.60.2.11"])
    /// BackendPool("no-route")
    /// ```
    public init(_ name: String, fqdns: [String] = [], ipAddresses: [String] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, targets: fqdns.map(Target.fqdn) + ipAddresses.map(Target.ipAddress), location: .here(file, line, column))
    }

    /// Adds the pool to the gateway.
    public func apply(to gateway: inout ApplicationGateway) { gateway.backendPools.append(self) }
}

extension RoutingRule: ApplicationGatewayComponent {
    /// A basic rule forwarding the listener's requests to a pool.
    /// Azure requires each rule's `priority` to be unique (1-20000, lower first).
    ///
    /// ```swift
    /// RoutingRule("orders-rule", priority: 100, listener: "orders-https", pool: "orders-vms", settings: "orders-https")
    /// ```
    public init(_ name: String, priority: Int, listener: String, pool: String, settings: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, priority: priority, listener: listener, action: .forward(pool: pool, settings: settings), location: .here(file, line, column))
    }

    /// A path-based rule.
    ///
    /// ```swift
    /// RoutingRule("backends-rule", priority: 100, listener: "backends-https", urlPathMap: "backends-paths")
    /// ```
    public init(_ name: String, priority: Int, listener: String, urlPathMap: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, priority: priority, listener: listener, action: .pathBased(urlPathMap: urlPathMap), location: .here(file, line, column))
    }

    /// A rule that redirects.
    ///
    /// ```swift
    /// RoutingRule("orders-http-rule", priority: 110, listener: "orders-http", redirect: "orders-to-https")
    /// ```
    public init(_ name: String, priority: Int, listener: String, redirect: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, priority: priority, listener: listener, action: .redirect(redirect), location: .here(file, line, column))
    }

    /// Adds the rule to the gateway.
    public func apply(to gateway: inout ApplicationGateway) { gateway.rules.append(self) }
}

extension URLPathMap: ApplicationGatewayComponent {
    /// The path rules of a path-based `RoutingRule`; a request that matches none goes to
    /// `defaultPool` with `defaultSettings`.
    ///
    /// ```swift
    /// URLPathMap("backends-paths", defaultPool: "no-route", defaultSettings: "orders-https") {
    ///     PathRule("orders", paths: ["/orders", "/orders/*"], pool: "orders-vms", settings: "orders-https")
    /// }
    /// ```
    public init(_ name: String, defaultPool: String, defaultSettings: String,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<PathRule> _ pathRules: () -> [PathRule]) {
        self.init(name: name, defaultPool: defaultPool, defaultSettings: defaultSettings, pathRules: pathRules(), location: .here(file, line, column))
    }

    /// Adds the path map to the gateway.
    public func apply(to gateway: inout ApplicationGateway) { gateway.urlPathMaps.append(self) }
}

extension PathRule {
    /// Paths (`/orders/*`; `*` only at the end) sent to a pool with given settings.
    ///
    /// ```swift
    /// PathRule("invoices", paths: ["/invoices", "/invoices/*"], pool: "invoices-app", settings: "invoices-https")
    /// ```
    public init(_ name: String, paths: [String], pool: String, settings: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, paths: paths, pool: pool, settings: settings, location: .here(file, line, column))
    }
}

extension RedirectConfiguration: ApplicationGatewayComponent {
    /// A redirect to another listener or to a URL: permanent (301) by default, keeping the path
    /// and the query string.
    ///
    /// ```swift
    /// RedirectConfiguration("orders-to-https", to: .listener("orders-https"))
    /// ```
    public init(_ name: String, to target: Target, type: RedirectType = .permanent, includePath: Bool = true, includeQueryString: Bool = true,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name: name, type: type, target: target, includePath: includePath, includeQueryString: includeQueryString, location: .here(file, line, column))
    }

    /// Adds the redirect to the gateway.
    public func apply(to gateway: inout ApplicationGateway) { gateway.redirects.append(self) }
}
