import DSL

/// Read-only views of a resolved deployment that the diagram and the runbook both describe:
/// the API Management endpoints and their host names, what each listener routes to, where each
/// certificate lives and which firewall inspects the traffic. It derives nothing new; it only
/// walks the resolved references so both formats tell the same story.
struct EdgeTopology {
    let resolved: ResolvedDeployment
    /// Gateway, developer portal and management always (custom or default host name), then any
    /// other custom host names, in `CustomHostname.Kind` order.
    let endpoints: [Endpoint]
    private let endpointsByHost: [String: Endpoint]

    init(_ resolved: ResolvedDeployment) {
        self.resolved = resolved
        endpoints = Self.endpoints(of: resolved.apiManagement)
        // Each endpoint answers on its host name and, when that is custom, on its default
        // `azure-api.net` name too (where the gateway sends traffic when API Management is public).
        let apim = resolved.apiManagement
        let hosts = endpoints.map { ($0.hostName.lowercased(), $0) }
            + endpoints.compactMap { endpoint in apim?.defaultHost(endpoint.kind).map { ($0, endpoint) } }
        endpointsByHost = Dictionary(hosts, uniquingKeysWith: { first, _ in first })
    }

    var gateway: ApplicationGateway? { resolved.applicationGateway }
    var apiManagement: APIManagement? { resolved.apiManagement }

    // MARK: API Management endpoints

    /// An API Management endpoint with the host name it answers on.
    struct Endpoint: Hashable {
        var kind: CustomHostname.Kind
        var hostName: String
        /// The custom host name, nil when the endpoint answers on its default `azure-api.net` name.
        var custom: CustomHostname?

        var title: String {
            switch kind {
            case .gateway: "Gateway"
            case .developerPortal: "Developer portal"
            case .portal: "Legacy portal"
            case .management: "Management"
            case .scm: "Git (SCM)"
            }
        }
    }

    private static func endpoints(of apiManagement: APIManagement?) -> [Endpoint] {
        guard let apim = apiManagement else { return [] }
        return CustomHostname.Kind.allCases.compactMap { kind in
            if let custom = apim.hostname(kind) { return Endpoint(kind: kind, hostName: custom.hostName, custom: custom) }
            return apim.defaultHost(kind).map { Endpoint(kind: kind, hostName: $0, custom: nil) }
        }
    }

    /// The endpoint answering on `host`: its custom host name, or its default `azure-api.net`
    /// name (where the gateway sends traffic when API Management is not internal).
    func endpoint(forHost host: String) -> Endpoint? {
        endpointsByHost[host.lowercased()]
    }

    /// The exposure that publishes an endpoint through the gateway, if any.
    func exposure(of kind: CustomHostname.Kind) -> EndpointExposure? {
        gateway?.exposures.first { $0.endpoint.hostnameKind == kind }
    }

    // MARK: Frontend

    /// The public IP of the gateway's public frontend.
    var gatewayPublicIP: PublicIPAddress? {
        guard let name = gateway?.frontend.publicIP else { return nil }
        return resolved.publicIPs.first { $0.name == name }
    }

    /// `<label>.<region>.cloudapp.azure.com` for a public IP with a DNS label.
    func fqdn(of publicIP: PublicIPAddress) -> String? {
        publicIP.domainNameLabel.map { "\($0).\(resolved.region.name).cloudapp.azure.com" }
    }

    // MARK: Routing

    /// What a rule does, with its references looked up.
    enum Route {
        case forward(pool: BackendPool?, poolName: String, settings: BackendSettings?, settingsName: String)
        case pathBased(URLPathMap?, name: String)
        case redirect(RedirectConfiguration?, name: String)
    }

    func rules(of listener: Listener) -> [RoutingRule] {
        (gateway?.rules ?? []).filter { $0.listener == listener.name }.sorted { $0.priority < $1.priority }
    }

    func route(of rule: RoutingRule) -> Route {
        switch rule.action {
        case .forward(let pool, let settings):
            .forward(pool: gateway?.pool(named: pool), poolName: pool, settings: gateway?.settings(named: settings), settingsName: settings)
        case .pathBased(let name):
            .pathBased(gateway?.urlPathMaps.first { $0.name == name }, name: name)
        case .redirect(let name):
            .redirect(gateway?.redirects.first { $0.name == name }, name: name)
        }
    }

    func probe(of settings: BackendSettings?) -> HealthProbe? {
        settings?.probe.flatMap { gateway?.probe(named: $0) }
    }

    // MARK: Certificates

    func certificate(named name: String?) -> GatewayCertificate? {
        name.flatMap { name in gateway?.certificates.first { $0.name == name } }
    }

    /// Where a certificate lives, in words.
    func location(of source: CertificateSource) -> String {
        switch source {
        case .pfx(let path, let password):
            "PFX file \(path), password from \(describe(password))"
        case .keyVault(let certificate):
            "Key Vault \(certificate.vault), certificate \(certificate.certificate), read by \(certificate.identity.description)"
        }
    }

    func location(of root: TrustedRootCertificate.Source) -> String {
        switch root {
        case .cerFile(let path): "CER file \(path)"
        case .keyVault(let certificate): "Key Vault \(certificate.vault), certificate \(certificate.certificate), read by \(certificate.identity.description)"
        }
    }

    func describe(_ secret: SecretReference) -> String {
        switch secret {
        case .parameter(let name): "the secure deployment input \(name)"
        case .keyVaultSecret(let vault, let secret): "Key Vault \(vault), secret \(secret)"
        }
    }

    // MARK: Firewall

    /// The firewall the gateway runs, flattened over the inline and policy forms.
    struct Firewall {
        var title: String
        var mode: WAFMode
        var ruleSets: [ManagedRuleSet.Kind]
        var disabledRules: [(ruleSet: ManagedRuleSet.Kind, override: WAFRuleGroupOverride)]
        var exclusions: [WAFExclusion]
        var customRules: [WAFCustomRule]
        var requestBody: RequestBodyInspection
    }

    var firewall: Firewall? {
        guard let gateway else { return nil }
        switch gateway.firewall {
        case .inline(let configuration):
            return Firewall(title: "inline WAF configuration", mode: configuration.mode, ruleSets: [configuration.ruleSet],
                            disabledRules: configuration.disabledRules.map { (configuration.ruleSet, $0) },
                            exclusions: configuration.exclusions, customRules: [], requestBody: configuration.requestBody)
        case .policy:
            guard let policy = resolved.gatewayWAFPolicy else { return nil }
            return firewall(of: policy)
        case .none:
            return nil
        }
    }

    func firewall(of policy: WAFPolicy) -> Firewall {
        Firewall(title: "WAF policy \(policy.name)", mode: policy.mode, ruleSets: policy.managedRuleSets.map(\.kind),
                 disabledRules: policy.managedRuleSets.flatMap { set in set.disabledRules.map { (set.kind, $0) } },
                 exclusions: policy.exclusions, customRules: policy.customRules, requestBody: policy.requestBody)
    }

    // MARK: Host names

    /// Every host name the deployment names, once each, sorted: listener host names, API
    /// Management host names (custom or default), pool FQDNs, probe hosts and the gateway's
    /// public DNS name.
    var hostNames: [String] {
        var names = Set<String>()
        for listener in gateway?.listeners ?? [] { names.formUnion(listener.hostNames) }
        names.formUnion(endpoints.map(\.hostName))
        for pool in gateway?.backendPools ?? [] { names.formUnion(pool.fqdns) }
        names.formUnion((gateway?.probes ?? []).compactMap(\.host))
        if let publicIP = gatewayPublicIP, let fqdn = fqdn(of: publicIP) { names.insert(fqdn) }
        return names.sorted()
    }

    // MARK: Network

    /// The subnet a resource sits in, by role or name.
    func subnet(named name: String?) -> Subnet? {
        name.flatMap { resolved.virtualNetwork?.subnet(named: $0) }
    }

    /// `443, 80, 65200-65535`: the destination ports an NSG allows inbound.
    func allowedInboundPorts(_ nsg: NetworkSecurityGroup) -> [String] {
        var seen = Set<String>()
        return nsg.rules.filter { $0.direction == .inbound && $0.access == .allow }.sorted { $0.priority < $1.priority }
            .flatMap { $0.destinationPorts.map(\.description) }
            .filter { seen.insert($0).inserted }
    }
}
