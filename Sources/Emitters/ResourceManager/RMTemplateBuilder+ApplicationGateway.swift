import DSL

/// The Application Gateway: SKU and scale, zones, identity, frontends, certificates, probes,
/// settings, pools, listeners, path maps, redirects, rules, TLS policy and WAF.
extension RMTemplateBuilder {
    /// The ID of a part of the gateway (`frontendPorts`, `port01`), from inside the gateway.
    static func gatewayPart(_ kind: String, _ name: String) -> RMExpression {
        idReference(.function("resourceId", [.string("Microsoft.Network/applicationGateways/\(kind)"),
                                              .variable(RMSymbols.applicationGatewayNameVariable), .string(name)]))
    }

    mutating func addApplicationGateway() {
        guard let gateway = resolved.applicationGateway, let symbol = symbols.applicationGateway else { return }
        var body = regionalBody()
        body.set("zones", ifPresent: zones(gateway.zones, .gatewayZones))
        body.set("identity", ifPresent: identityBlock(userAssigned: gateway.identities))

        var properties = RMObject()
        var sku = RMObject()
        sku.set("name", .string(gateway.sku.rawValue))
        sku.set("tier", .string(gateway.sku.rawValue))
        switch (gateway.capacity, environment.gatewayCapacity) {
        case (_, .fixed(let count)?):
            sku.set("capacity", .parameter(count))
            properties.set("sku", .object(sku))
        case (_, .autoscale(let minimum, let maximum)?):
            properties.set("sku", .object(sku))
            properties.set("autoscaleConfiguration", ["minCapacity": .parameter(minimum), "maxCapacity": .parameter(maximum)])
        case (_, .mixed(let autoscale, let count, let minimum, let maximum)?):
            sku.set("capacity", .conditional(.parameter(autoscale), then: .null, else: .parameter(count)))
            properties.set("sku", .object(sku))
            properties.set("autoscaleConfiguration", .conditional(.parameter(autoscale), then: ["minCapacity": .parameter(minimum), "maxCapacity": .parameter(maximum)], else: .null))
        case (.fixed(let count), nil):
            sku.set("capacity", .int(count))
            properties.set("sku", .object(sku))
        case (.autoscale(let minimum, let maximum), nil):
            properties.set("sku", .object(sku))
            properties.set("autoscaleConfiguration", ["minCapacity": .int(minimum), "maxCapacity": .int(maximum)])
        }
        if let subnet = gateway.subnet {
            properties.set("gatewayIPConfigurations", [["name": .string(gateway.ipConfigurationName), "properties": ["subnet": Self.idReference(subnetID(subnet))]]])
        }
        properties.set("frontendIPConfigurations", .array(frontendIPConfigurations(gateway)))
        properties.set("frontendPorts", .array(resolved.frontendPorts.map { ["name": .string($0.name), "properties": ["port": .int($0.port)]] }))
        if !gateway.certificates.isEmpty { properties.set("sslCertificates", .array(gateway.certificates.map(sslCertificate))) }
        if !gateway.trustedRootCertificates.isEmpty {
            properties.set("trustedRootCertificates", .array(gateway.trustedRootCertificates.map(trustedRootCertificate)))
        }
        properties.set("probes", .array(gateway.probes.map(probe)))
        properties.set("backendHttpSettingsCollection", .array(gateway.backendSettings.map(backendSettings)))
        properties.set("backendAddressPools", .array(gateway.backendPools.map(backendPool)))
        properties.set("httpListeners", .array(gateway.listeners.map { listener(gateway, $0) }))
        if !gateway.urlPathMaps.isEmpty { properties.set("urlPathMaps", .array(gateway.urlPathMaps.map(Self.urlPathMap))) }
        if !gateway.redirects.isEmpty { properties.set("redirectConfigurations", .array(gateway.redirects.map(Self.redirect))) }
        properties.set("requestRoutingRules", .array(gateway.rules.map(Self.routingRule)))
        properties.set("sslPolicy", Self.sslPolicy(gateway.tlsPolicy))
        properties.set("enableHttp2", .bool(gateway.http2))
        switch gateway.firewall {
        case .none: break
        case .policy(let name):
            if let policy = symbols.wafPolicies[name] { properties.set("firewallPolicy", Self.idReference(.resourceID(policy))) }
        case .inline(let configuration):
            properties.set("webApplicationFirewallConfiguration", Self.inlineFirewall(configuration, mode: firewallMode(configuration.mode)))
        }
        body.set("properties", .object(properties))

        var comment: String?
        if case .inline(let configuration) = gateway.firewall, !configuration.disabledRules.isEmpty {
            comment = configuration.disabledRules.map(Self.overrideComment).joined(separator: " ")
        }
        add(RMResource(symbol, body: body, dependsOn: prerequisiteSymbols(of: .applicationGateway), comment: comment))
    }

    private func frontendIPConfigurations(_ gateway: ApplicationGateway) -> [RMExpression] {
        var configurations: [RMExpression] = []
        if let name = gateway.frontend.publicIP, let ip = symbols.publicIPs[name] {
            configurations.append(["name": .string(gateway.frontend.publicName), "properties": ["publicIPAddress": Self.idReference(.resourceID(ip))]])
        }
        if let address = gateway.frontend.privateIPAddress, let subnet = gateway.subnet {
            configurations.append(["name": .string(gateway.frontend.privateName),
                                   "properties": ["privateIPAllocationMethod": "Static", "privateIPAddress": .string(address), "subnet": Self.idReference(subnetID(subnet))]])
        }
        return configurations
    }

    private func sslCertificate(_ certificate: GatewayCertificate) -> RMExpression {
        let properties: RMExpression
        switch certificate.source {
        case .keyVault(let reference):
            properties = ["keyVaultSecretId": environment.secretIdentifier(reference)]
        case .pfx(let path, let password):
            properties = ["data": certificateData(path), "password": .parameter(Self.secretParameter(password))]
        }
        return ["name": .string(certificate.name), "properties": properties]
    }

    private func trustedRootCertificate(_ root: TrustedRootCertificate) -> RMExpression {
        let properties: RMExpression
        switch root.source {
        case .keyVault(let reference): properties = ["keyVaultSecretId": .string(reference.secretIdentifier)]
        case .cerFile(let path): properties = ["data": certificateData(path)]
        }
        return ["name": .string(root.name), "properties": properties]
    }

    func probe(_ probe: HealthProbe) -> RMExpression {
        var properties = RMObject()
        properties.set("protocol", .string(probe.protocol.rawValue))
        properties.set("host", ifPresent: probe.host.map(environment.hostName))
        properties.set("path", .string(probe.path))
        properties.set("interval", .int(probe.intervalSeconds))
        properties.set("timeout", .int(probe.timeoutSeconds))
        properties.set("unhealthyThreshold", .int(probe.unhealthyThreshold))
        properties.set("pickHostNameFromBackendHttpSettings", .bool(probe.host == nil))
        properties.set("match", ["statusCodes": .array(probe.statusCodes.map(RMExpression.string))])
        return ["name": .string(probe.name), "properties": .object(properties)]
    }

    func backendSettings(_ settings: BackendSettings) -> RMExpression {
        var properties = RMObject()
        properties.set("port", .int(settings.port))
        properties.set("protocol", .string(settings.protocol.rawValue))
        properties.set("cookieBasedAffinity", settings.cookieBasedAffinity ? "Enabled" : "Disabled")
        properties.set("requestTimeout", .int(settings.requestTimeoutSeconds))
        if let probe = settings.probe { properties.set("probe", Self.gatewayPart("probes", probe)) }
        if !settings.trustedRootCertificates.isEmpty {
            properties.set("trustedRootCertificates", .array(settings.trustedRootCertificates.map { Self.gatewayPart("trustedRootCertificates", $0) }))
        }
        switch settings.hostName {
        case .pickFromBackendAddress: properties.set("pickHostNameFromBackendAddress", true)
        case .explicit(let host):
            properties.set("pickHostNameFromBackendAddress", false)
            properties.set("hostName", environment.hostName(host))
        case .original: properties.set("pickHostNameFromBackendAddress", false)
        }
        return ["name": .string(settings.name), "properties": .object(properties)]
    }

    func backendPool(_ pool: BackendPool) -> RMExpression {
        let addresses: [RMExpression] = pool.targets.map { target in
            switch target {
            case .fqdn(let fqdn): ["fqdn": environment.hostName(fqdn)]
            case .ipAddress(let address): ["ipAddress": .string(address)]
            }
        }
        return ["name": .string(pool.name), "properties": ["backendAddresses": .array(addresses)]]
    }

    private func listener(_ gateway: ApplicationGateway, _ listener: Listener) -> RMExpression {
        var properties = RMObject()
        let frontend = listener.frontend == .public ? gateway.frontend.publicName : gateway.frontend.privateName
        properties.set("frontendIPConfiguration", Self.gatewayPart("frontendIPConfigurations", frontend))
        properties.set("frontendPort", Self.gatewayPart("frontendPorts", listener.frontendPortName))
        properties.set("protocol", .string(listener.protocol.rawValue))
        if listener.hostNames.count == 1 {
            properties.set("hostName", environment.hostName(listener.hostNames[0]))
        } else if listener.hostNames.count > 1 {
            properties.set("hostNames", .array(listener.hostNames.map(environment.hostName)))
        }
        if let certificate = listener.certificate { properties.set("sslCertificate", Self.gatewayPart("sslCertificates", certificate)) }
        if listener.protocol == .https { properties.set("requireServerNameIndication", .bool(listener.requireServerNameIndication)) }
        if let name = listener.firewallPolicy, let policy = symbols.wafPolicies[name] {
            properties.set("firewallPolicy", Self.idReference(.resourceID(policy)))
        }
        return ["name": .string(listener.name), "properties": .object(properties)]
    }

    static func urlPathMap(_ map: URLPathMap) -> RMExpression {
        let rules: [RMExpression] = map.pathRules.map { rule in
            ["name": .string(rule.name),
             "properties": ["paths": .array(rule.paths.map(RMExpression.string)),
                            "backendAddressPool": gatewayPart("backendAddressPools", rule.pool),
                            "backendHttpSettings": gatewayPart("backendHttpSettingsCollection", rule.settings)]]
        }
        return ["name": .string(map.name),
                "properties": ["defaultBackendAddressPool": gatewayPart("backendAddressPools", map.defaultPool),
                               "defaultBackendHttpSettings": gatewayPart("backendHttpSettingsCollection", map.defaultSettings),
                               "pathRules": .array(rules)]]
    }

    static func redirect(_ redirect: RedirectConfiguration) -> RMExpression {
        var properties = RMObject()
        properties.set("redirectType", .string(redirect.type.rawValue))
        switch redirect.target {
        case .listener(let name): properties.set("targetListener", gatewayPart("httpListeners", name))
        case .url(let url): properties.set("targetUrl", .string(url))
        }
        properties.set("includePath", .bool(redirect.includePath))
        properties.set("includeQueryString", .bool(redirect.includeQueryString))
        return ["name": .string(redirect.name), "properties": .object(properties)]
    }

    static func routingRule(_ rule: RoutingRule) -> RMExpression {
        var properties = RMObject()
        properties.set("ruleType", .string(rule.ruleType))
        properties.set("priority", .int(rule.priority))
        properties.set("httpListener", gatewayPart("httpListeners", rule.listener))
        switch rule.action {
        case .forward(let pool, let settings):
            properties.set("backendAddressPool", gatewayPart("backendAddressPools", pool))
            properties.set("backendHttpSettings", gatewayPart("backendHttpSettingsCollection", settings))
        case .pathBased(let map):
            properties.set("urlPathMap", gatewayPart("urlPathMaps", map))
        case .redirect(let name):
            properties.set("redirectConfiguration", gatewayPart("redirectConfigurations", name))
        }
        return ["name": .string(rule.name), "properties": .object(properties)]
    }

    /// A predefined policy by name, or `CustomV2` with a minimum version and cipher suites.
    static func sslPolicy(_ policy: TLSPolicy) -> RMExpression {
        switch policy {
        case .predefined(let predefined):
            ["policyType": "Predefined", "policyName": .string(predefined.rawValue)]
        case .custom(let minimum, let suites):
            ["policyType": "CustomV2", "minProtocolVersion": .string(minimum.rawValue), "cipherSuites": .array(suites.map(RMExpression.string))]
        }
    }
}
