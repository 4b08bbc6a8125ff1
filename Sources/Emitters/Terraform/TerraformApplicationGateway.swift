import DSL

/// `appgw.tf`: the Application Gateway with every frontend, certificate, listener, probe,
/// backend setting, pool, path map, redirect and rule, in the walkthrough's order.
extension TerraformContext {
    var applicationGatewayFile: HCLFile {
        guard let gateway = deployment.applicationGateway else { return HCLFile([]) }
        return HCLFile([applicationGateway(gateway)])
    }

    static let applicationGatewayResource = "azurerm_application_gateway"

    private func applicationGateway(_ gateway: ApplicationGateway) -> HCLBodyItem {
        var body = gatewaySkips(gateway)
        body += placement(gateway.name)
        if let zones = TerraformEnvironmentParameters.zones(environment.gatewayZones, declared: gateway.zones) { body.append(TF.attr("zones", zones)) }
        body.append(TF.attr("http2_enabled", .bool(gateway.http2)))
        if case .policy(let name) = gateway.firewall {
            body.append(TF.attr("firewall_policy_id", TF.ref(Self.wafPolicyResource, names.wafPolicy(name), "id")))
        }

        var sections = capacity(gateway)
        if let identity = identityBlock(userAssigned: gateway.identities) { sections.append(identity) }
        if let subnet = gateway.subnet {
            sections.append(TF.block("gateway_ip_configuration", body: [
                TF.attr("name", .string(gateway.ipConfigurationName)),
                TF.attr("subnet_id", subnetID(subnet)),
            ]))
        }
        sections += frontendConfigurations(gateway)
        sections += resolved.frontendPorts.map { port in
            TF.block("frontend_port", body: [TF.attr("name", .string(port.name)), TF.attr("port", .number(port.port))])
        }
        sections += gateway.certificates.map(sslCertificate)
        sections += gateway.trustedRootCertificates.map(trustedRootCertificate)
        sections.append(sslPolicy(gateway.tlsPolicy))
        sections += gateway.listeners.map { listener($0, in: gateway) }
        sections += gateway.probes.map(probe)
        sections += gateway.backendSettings.map(backendSettings)
        sections += gateway.backendPools.map(backendPool)
        sections += gateway.urlPathMaps.map(urlPathMap)
        sections += gateway.redirects.map(redirect)
        sections += gateway.rules.map(routingRule)
        if case .inline(let configuration) = gateway.firewall {
            sections.append(inlineFirewall(configuration))
        }
        for section in sections {
            body.append(.blankLine)
            body.append(section)
        }
        body += tags
        let prerequisites = prerequisiteDependencies(of: .applicationGateway)
        if let reason = prerequisites.reason {
            body.append(.blankLine)
            body.append(.comment(Self.sentence([reason])))
            body.append(TF.attr("depends_on", .list(prerequisites.references)))
        }
        return TF.resource(Self.applicationGatewayResource, TerraformNames.main, body)
    }

    /// `sku` with a fixed capacity, or `sku` and `autoscale_configuration`; from variables
    /// when the environments differ in it (a dynamic autoscale block when they mix the two).
    private func capacity(_ gateway: ApplicationGateway) -> [HCLBodyItem] {
        let sku: [HCLBodyItem] = [TF.attr("name", .string(gateway.sku.rawValue)), TF.attr("tier", .string(gateway.sku.rawValue))]
        func autoscale(_ minimum: HCLExpression, _ maximum: HCLExpression) -> [HCLBodyItem] {
            [TF.attr("min_capacity", minimum), TF.attr("max_capacity", maximum)]
        }
        switch (environment.gatewayCapacity, gateway.capacity) {
        case (.fixed(let count)?, _):
            return [TF.block("sku", body: sku + [TF.attr("capacity", TF.variable(count))])]
        case (.autoscale(let minimum, let maximum)?, _):
            return [TF.block("sku", body: sku), TF.block("autoscale_configuration", body: autoscale(TF.variable(minimum), TF.variable(maximum)))]
        case (.either(let count, let minimum, let maximum)?, _):
            return [
                TF.block("sku", body: sku + [TF.attr("capacity", TF.variable(count))]),
                TF.block("dynamic", "autoscale_configuration", body: [
                    TF.attr("for_each", .conditional(.binary(.equal, TF.variable(count), .null), .list([1]), .list([]))),
                    .blankLine,
                    TF.block("content", body: autoscale(TF.variable(minimum), TF.variable(maximum))),
                ]),
            ]
        case (nil, .fixed(let count)):
            return [TF.block("sku", body: sku + [TF.attr("capacity", .number(count))])]
        case (nil, .autoscale(let minimum, let maximum)):
            return [TF.block("sku", body: sku), TF.block("autoscale_configuration", body: autoscale(.number(minimum), .number(maximum)))]
        }
    }

    /// Inline skips for checks that flag choices the manifest made on purpose.
    private func gatewaySkips(_ gateway: ApplicationGateway) -> [HCLBodyItem] {
        var skips: [HCLBodyItem] = []
        if case .predefined(let policy) = gateway.tlsPolicy, policy != .appGwSslPolicy20220101S {
            skips.append(.directive("checkov:skip=CKV_AZURE_218: the manifest chooses the predefined TLS policy \(policy.rawValue) (minimum \(policy.minimumVersion.rawValue)) on purpose"))
        }
        let http = gateway.listeners.filter { $0.protocol == .http }
        if !http.isEmpty {
            let names = http.map(\.name).joined(separator: ", ")
            let reason = http.allSatisfy(redirectsOnly)
                ? "the HTTP listeners (\(names)) only redirect to HTTPS"
                : "the manifest declares HTTP listeners (\(names)) on purpose"
            skips.append(.directive("checkov:skip=CKV_AZURE_217: \(reason)"))
        }
        return skips
    }

    private func frontendConfigurations(_ gateway: ApplicationGateway) -> [HCLBodyItem] {
        var blocks: [HCLBodyItem] = []
        if let ip = gateway.frontend.publicIP {
            blocks.append(TF.block("frontend_ip_configuration", body: [
                TF.attr("name", .string(gateway.frontend.publicName)),
                TF.attr("public_ip_address_id", TF.ref("azurerm_public_ip", names.publicIP(ip), "id")),
            ]))
        }
        if let address = gateway.frontend.privateIPAddress, let subnet = gateway.subnet {
            blocks.append(TF.block("frontend_ip_configuration", body: [
                TF.attr("name", .string(gateway.frontend.privateName)),
                TF.attr("subnet_id", subnetID(subnet)),
                TF.attr("private_ip_address_allocation", "Static"),
                TF.attr("private_ip_address", .string(address)),
            ]))
        }
        return blocks
    }

    private func sslCertificate(_ certificate: GatewayCertificate) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("name", .string(certificate.name))]
        switch certificate.source {
        case .keyVault(let reference):
            body.append(TF.attr("key_vault_secret_id", secretIdentifier(reference)))
        case .pfx(let path, let password):
            body.append(TF.attr("data", certificateFileContent(path)))
            body.append(TF.attr("password", certificatePassword(path: path, password)))
        }
        return TF.block("ssl_certificate", body: body)
    }

    private func trustedRootCertificate(_ certificate: TrustedRootCertificate) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("name", .string(certificate.name))]
        switch certificate.source {
        case .keyVault(let reference):
            body.append(TF.attr("key_vault_secret_id", secretIdentifier(reference)))
        case .cerFile(let path):
            body.append(TF.attr("data", certificateFileContent(path)))
        }
        return TF.block("trusted_root_certificate", body: body)
    }

    /// A predefined policy by name, or a `CustomV2` policy with its minimum version and suites.
    func sslPolicy(_ policy: TLSPolicy) -> HCLBodyItem {
        switch policy {
        case .predefined(let predefined):
            return TF.block("ssl_policy", body: [
                TF.attr("policy_type", "Predefined"),
                TF.attr("policy_name", .string(predefined.rawValue)),
            ])
        case .custom(let minimum, let suites):
            var body: [HCLBodyItem] = [
                TF.attr("policy_type", "CustomV2"),
                TF.attr("min_protocol_version", .string(minimum.rawValue)),
            ]
            if !suites.isEmpty { body.append(TF.attr("cipher_suites", TF.strings(suites))) }
            return TF.block("ssl_policy", body: body)
        }
    }

    private func listener(_ listener: Listener, in gateway: ApplicationGateway) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("name", .string(listener.name)),
            TF.attr("frontend_ip_configuration_name", .string(listener.frontend == .public ? gateway.frontend.publicName : gateway.frontend.privateName)),
            TF.attr("frontend_port_name", .string(listener.frontendPortName)),
            TF.attr("protocol", .string(listener.protocol.rawValue)),
        ]
        if listener.hostNames.count == 1 {
            body.append(TF.attr("host_name", environment.hostName(listener.hostNames[0])))
        } else if listener.hostNames.count > 1 {
            body.append(TF.attr("host_names", environment.hostNameList(listener.hostNames)))
        }
        if listener.protocol == .https {
            body.append(TF.attr("require_sni", .bool(listener.requireServerNameIndication)))
        }
        if let certificate = listener.certificate {
            body.append(TF.attr("ssl_certificate_name", .string(certificate)))
        }
        if let policy = listener.firewallPolicy {
            body.append(TF.attr("firewall_policy_id", TF.ref(Self.wafPolicyResource, names.wafPolicy(policy), "id")))
        }
        return TF.block("http_listener", body: body)
    }

    private func probe(_ probe: HealthProbe) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("name", .string(probe.name)),
            TF.attr("protocol", .string(probe.protocol.rawValue)),
        ]
        if let host = probe.host {
            body.append(TF.attr("host", environment.hostName(host)))
        } else {
            body.append(TF.attr("pick_host_name_from_backend_http_settings", true))
        }
        body += [
            TF.attr("path", .string(probe.path)),
            TF.attr("interval", .number(probe.intervalSeconds)),
            TF.attr("timeout", .number(probe.timeoutSeconds)),
            TF.attr("unhealthy_threshold", .number(probe.unhealthyThreshold)),
        ]
        if !probe.statusCodes.isEmpty {
            body.append(.blankLine)
            body.append(TF.block("match", body: [TF.attr("status_code", TF.strings(probe.statusCodes))]))
        }
        return TF.block("probe", body: body)
    }

    private func backendSettings(_ settings: BackendSettings) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("name", .string(settings.name)),
            TF.attr("port", .number(settings.port)),
            TF.attr("protocol", .string(settings.protocol.rawValue)),
            TF.attr("cookie_based_affinity", settings.cookieBasedAffinity ? "Enabled" : "Disabled"),
            TF.attr("request_timeout", .number(settings.requestTimeoutSeconds)),
        ]
        switch settings.hostName {
        case .pickFromBackendAddress: body.append(TF.attr("pick_host_name_from_backend_address", true))
        case .explicit(let host): body.append(TF.attr("host_name", environment.hostName(host)))
        case .original: body.append(TF.attr("pick_host_name_from_backend_address", false))
        }
        if let probe = settings.probe { body.append(TF.attr("probe_name", .string(probe))) }
        if !settings.trustedRootCertificates.isEmpty {
            body.append(TF.attr("trusted_root_certificate_names", TF.strings(settings.trustedRootCertificates)))
        }
        return TF.block("backend_http_settings", body: body)
    }

    private func backendPool(_ pool: BackendPool) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("name", .string(pool.name))]
        if !pool.fqdns.isEmpty { body.append(TF.attr("fqdns", environment.hostNameList(pool.fqdns))) }
        if !pool.ipAddresses.isEmpty { body.append(TF.attr("ip_addresses", TF.strings(pool.ipAddresses))) }
        if pool.targets.isEmpty { body.append(.comment("Intentionally empty: unpublished paths end here.")) }
        return TF.block("backend_address_pool", body: body)
    }

    private func urlPathMap(_ map: URLPathMap) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("name", .string(map.name)),
            TF.attr("default_backend_address_pool_name", .string(map.defaultPool)),
            TF.attr("default_backend_http_settings_name", .string(map.defaultSettings)),
        ]
        for rule in map.pathRules {
            body.append(.blankLine)
            body.append(TF.block("path_rule", body: [
                TF.attr("name", .string(rule.name)),
                TF.attr("paths", TF.strings(rule.paths)),
                TF.attr("backend_address_pool_name", .string(rule.pool)),
                TF.attr("backend_http_settings_name", .string(rule.settings)),
            ]))
        }
        return TF.block("url_path_map", body: body)
    }

    private func redirect(_ redirect: RedirectConfiguration) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("name", .string(redirect.name)),
            TF.attr("redirect_type", .string(redirect.type.rawValue)),
        ]
        switch redirect.target {
        case .listener(let listener): body.append(TF.attr("target_listener_name", .string(listener)))
        case .url(let url): body.append(TF.attr("target_url", .string(url)))
        }
        body += [
            TF.attr("include_path", .bool(redirect.includePath)),
            TF.attr("include_query_string", .bool(redirect.includeQueryString)),
        ]
        return TF.block("redirect_configuration", body: body)
    }

    private func routingRule(_ rule: RoutingRule) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("name", .string(rule.name)),
            TF.attr("priority", .number(rule.priority)),
            TF.attr("rule_type", .string(rule.ruleType)),
            TF.attr("http_listener_name", .string(rule.listener)),
        ]
        switch rule.action {
        case .forward(let pool, let settings):
            body.append(TF.attr("backend_address_pool_name", .string(pool)))
            body.append(TF.attr("backend_http_settings_name", .string(settings)))
        case .pathBased(let map):
            body.append(TF.attr("url_path_map_name", .string(map)))
        case .redirect(let redirect):
            body.append(TF.attr("redirect_configuration_name", .string(redirect)))
        }
        return TF.block("request_routing_rule", body: body)
    }
}
