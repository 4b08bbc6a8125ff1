import DSL

/// The Application Gateway: configuration objects in the walkthrough's order, then the gateway.
extension DeployScript {
    private func item(_ dictionary: String, _ key: String) -> PSExpression { ScriptIdioms.item(dictionary, key) }

    private var gatewaySubnet: String? {
        deployment.applicationGateway?.subnet ?? deployment.virtualNetwork?.subnet(withRole: .applicationGateway)?.name
    }

    var gatewayFrontendStep: ScriptStep? {
        guard let gateway = deployment.applicationGateway else { return nil }
        var statements: [PSStatement] = []
        if let subnet = gatewaySubnet {
            statements.append(.assign(.variable("gatewayIPConfiguration"), .command(PSCommand("New-AzApplicationGatewayIPConfiguration", [
                .named("Name", .string(gateway.ipConfigurationName)), .named("Subnet", item("subnets", subnet)),
            ]))))
        }
        statements.append(ScriptIdioms.declare("frontendPorts"))
        for port in resolved.frontendPorts {
            statements.append(.assign(item("frontendPorts", port.name), .command(PSCommand("New-AzApplicationGatewayFrontendPort", [
                .named("Name", .string(port.name)), .named("Port", .int(port.port)),
            ]))))
        }
        statements.append(ScriptIdioms.declare("frontendIPs"))
        if let publicIP = gateway.frontend.publicIP {
            statements.append(.assign(item("frontendIPs", gateway.frontend.publicName), .command(PSCommand("New-AzApplicationGatewayFrontendIPConfig", [
                .named("Name", .string(gateway.frontend.publicName)), .named("PublicIPAddress", item("publicIPs", publicIP)),
            ]))))
        }
        if let address = gateway.frontend.privateIPAddress, let subnet = gatewaySubnet {
            statements.append(.assign(item("frontendIPs", gateway.frontend.privateName), .command(PSCommand("New-AzApplicationGatewayFrontendIPConfig", [
                .named("Name", .string(gateway.frontend.privateName)), .named("PrivateIPAddress", .string(address)), .named("Subnet", item("subnets", subnet)),
            ]))))
        }
        if !gateway.certificates.isEmpty {
            statements.append(ScriptIdioms.declare("sslCertificates"))
            for certificate in gateway.certificates {
                let build = { (variant: EnvironmentTable.Variant?) -> [PSStatement] in
                    var arguments: [PSArgument] = [.named("Name", .string(certificate.name))]
                    switch CertificateArguments(certificate.source, variant: variant, inputs: inputs) {
                    case .pfx(let path, let password): arguments += [.named("CertificateFile", path), .named("Password", password)]
                    case .keyVault(let secretIdentifier, _): arguments.append(.named("KeyVaultSecretId", secretIdentifier))
                    }
                    return [.assign(item("sslCertificates", certificate.name), .command(PSCommand("New-AzApplicationGatewaySslCertificate", arguments)))]
                }
                if let kind = hostnameKind(sharing: certificate.source) {
                    statements += environment.statements(.certificate(kind), build)
                } else {
                    statements += build(nil)
                }
            }
        }
        statements.append(ScriptIdioms.declare("listeners"))
        for listener in gateway.listeners {
            let frontendName = listener.frontend == .public ? gateway.frontend.publicName : gateway.frontend.privateName
            var arguments: [PSArgument] = [
                .named("Name", .string(listener.name)), .named("Protocol", .bareword(listener.protocol.rawValue)),
                .named("FrontendIPConfiguration", item("frontendIPs", frontendName)),
                .named("FrontendPort", item("frontendPorts", listener.frontendPortName)),
            ]
            if let certificate = listener.certificate { arguments.append(.named("SslCertificate", item("sslCertificates", certificate))) }
            if listener.hostNames.count == 1 {
                arguments.append(.named("HostName", environment.host(listener.hostNames[0])))
            } else if !listener.hostNames.isEmpty {
                arguments.append(.named("HostNames", hosts(listener.hostNames)))
            }
            if listener.requireServerNameIndication { arguments.append(.named("RequireServerNameIndication", .bareword("true"))) }
            statements.append(.assign(item("listeners", listener.name), .command(PSCommand("New-AzApplicationGatewayHttpListener", arguments))))
        }
        return ScriptStep(title: "Application Gateway frontend, certificates and listeners", statements: statements)
    }

    var gatewayBackendStep: ScriptStep? {
        guard let gateway = deployment.applicationGateway else { return nil }
        var statements: [PSStatement] = [ScriptIdioms.declare("probes")]
        for probe in gateway.probes {
            var arguments: [PSArgument] = [.named("Name", .string(probe.name)), .named("Protocol", .bareword(probe.protocol.rawValue))]
            if let host = probe.host { arguments.append(.named("HostName", environment.host(host))) } else { arguments.append(.switch("PickHostNameFromBackendHttpSettings")) }
            arguments += [
                .named("Path", .string(probe.path)), .named("Interval", .int(probe.intervalSeconds)),
                .named("Timeout", .int(probe.timeoutSeconds)), .named("UnhealthyThreshold", .int(probe.unhealthyThreshold)),
            ]
            if !probe.statusCodes.isEmpty {
                arguments.append(.named("Match", .command(PSCommand("New-AzApplicationGatewayProbeHealthResponseMatch", [.named("StatusCode", ScriptIdioms.strings(probe.statusCodes))]))))
            }
            statements.append(.assign(item("probes", probe.name), .command(PSCommand("New-AzApplicationGatewayProbeConfig", arguments))))
        }
        if !gateway.trustedRootCertificates.isEmpty {
            statements.append(ScriptIdioms.declare("trustedRootCertificates"))
            for root in gateway.trustedRootCertificates {
                switch root.source {
                case .cerFile(let path):
                    statements.append(.assign(item("trustedRootCertificates", root.name), .command(InMemoryConfiguration.command("New-AzApplicationGatewayTrustedRootCertificate", [
                        .named("Name", .string(root.name)), .named("CertificateFile", inputs.path(path)),
                    ]))))
                case .keyVault(let reference):
                    statements.append(ScriptIdioms.comment("New-AzApplicationGatewayTrustedRootCertificate only reads files; a Key Vault root is set directly."))
                    statements.append(.assign(item("trustedRootCertificates", root.name), .cast("Microsoft.Azure.Commands.Network.Models.PSApplicationGatewayTrustedRootCertificate", .hashtable([
                        PSHashEntry("Name", .string(root.name)), PSHashEntry("KeyVaultSecretId", .string(reference.secretIdentifier)),
                    ]))))
                }
            }
        }
        statements.append(ScriptIdioms.declare("backendSettings"))
        for settings in gateway.backendSettings {
            var arguments: [PSArgument] = [
                .named("Name", .string(settings.name)), .named("Port", .int(settings.port)),
                .named("Protocol", .bareword(settings.protocol.rawValue)),
                .named("CookieBasedAffinity", .bareword(settings.cookieBasedAffinity ? "Enabled" : "Disabled")),
            ]
            if let probe = settings.probe { arguments.append(.named("Probe", item("probes", probe))) }
            if !settings.trustedRootCertificates.isEmpty {
                arguments.append(.named("TrustedRootCertificate", ScriptIdioms.list(settings.trustedRootCertificates.map { item("trustedRootCertificates", $0) })))
            }
            switch settings.hostName {
            case .pickFromBackendAddress: arguments.append(.switch("PickHostNameFromBackendAddress"))
            case .explicit(let host): arguments.append(.named("HostName", environment.host(host)))
            case .original: break
            }
            arguments.append(.named("RequestTimeout", .int(settings.requestTimeoutSeconds)))
            statements.append(.assign(item("backendSettings", settings.name), .command(PSCommand("New-AzApplicationGatewayBackendHttpSetting", arguments))))
        }
        statements.append(ScriptIdioms.declare("backendPools"))
        for pool in gateway.backendPools {
            var arguments: [PSArgument] = [.named("Name", .string(pool.name))]
            if !pool.fqdns.isEmpty { arguments.append(.named("BackendFqdns", hosts(pool.fqdns))) }
            if !pool.ipAddresses.isEmpty { arguments.append(.named("BackendIPAddresses", ScriptIdioms.strings(pool.ipAddresses))) }
            if pool.targets.isEmpty { statements.append(ScriptIdioms.comment("Empty on purpose: requests for paths that are not published end here.")) }
            statements.append(.assign(item("backendPools", pool.name), .command(InMemoryConfiguration.command("New-AzApplicationGatewayBackendAddressPool", arguments))))
        }
        if !gateway.urlPathMaps.isEmpty {
            statements.append(ScriptIdioms.declare("urlPathMaps"))
            for map in gateway.urlPathMaps {
                let rules: [PSExpression] = map.pathRules.map { rule in
                    .command(PSCommand("New-AzApplicationGatewayPathRuleConfig", [
                        .named("Name", .string(rule.name)), .named("Paths", ScriptIdioms.strings(rule.paths)),
                        .named("BackendAddressPool", item("backendPools", rule.pool)), .named("BackendHttpSettings", item("backendSettings", rule.settings)),
                    ]))
                }
                statements.append(.assign(item("urlPathMaps", map.name), .command(PSCommand("New-AzApplicationGatewayUrlPathMapConfig", [
                    .named("Name", .string(map.name)), .named("PathRules", .arrayBlock(rules)),
                    .named("DefaultBackendAddressPool", item("backendPools", map.defaultPool)),
                    .named("DefaultBackendHttpSettings", item("backendSettings", map.defaultSettings)),
                ]))))
            }
        }
        if !gateway.redirects.isEmpty {
            statements.append(ScriptIdioms.declare("redirects"))
            for redirect in gateway.redirects {
                var arguments: [PSArgument] = [.named("Name", .string(redirect.name)), .named("RedirectType", .bareword(redirect.type.rawValue))]
                switch redirect.target {
                case .listener(let listener): arguments.append(.named("TargetListener", item("listeners", listener)))
                case .url(let url): arguments.append(.named("TargetUrl", .string(url)))
                }
                arguments += [.named("IncludePath", .bool(redirect.includePath)), .named("IncludeQueryString", .bool(redirect.includeQueryString))]
                statements.append(.assign(item("redirects", redirect.name), .command(PSCommand("New-AzApplicationGatewayRedirectConfiguration", arguments))))
            }
        }
        statements.append(ScriptIdioms.declare("routingRules"))
        for rule in gateway.rules {
            var arguments: [PSArgument] = [
                .named("Name", .string(rule.name)), .named("RuleType", .bareword(rule.ruleType)), .named("Priority", .int(rule.priority)),
                .named("HttpListener", item("listeners", rule.listener)),
            ]
            switch rule.action {
            case .forward(let pool, let settings):
                arguments += [.named("BackendAddressPool", item("backendPools", pool)), .named("BackendHttpSettings", item("backendSettings", settings))]
            case .pathBased(let map): arguments.append(.named("UrlPathMap", item("urlPathMaps", map)))
            case .redirect(let redirect): arguments.append(.named("RedirectConfiguration", item("redirects", redirect)))
            }
            statements.append(.assign(item("routingRules", rule.name), .command(PSCommand("New-AzApplicationGatewayRequestRoutingRule", arguments))))
        }
        return ScriptStep(title: "Application Gateway probes, backend settings, pools and rules", statements: statements)
    }

    var gatewayPolicyStep: ScriptStep? {
        guard let gateway = deployment.applicationGateway else { return nil }
        let skuArguments: [PSArgument] = [.named("Name", .bareword(gateway.sku.rawValue)), .named("Tier", .bareword(gateway.sku.rawValue))]
        var statements = environment.statements(.gatewayCapacity) { variant in
            var sku = skuArguments
            var statements: [PSStatement] = []
            switch Self.capacity(gateway.capacity, variant) {
            case .fixed(let count):
                sku.append(.named("Capacity", count))
            case .autoscale(let minimum, let maximum):
                statements.append(.assign(.variable("autoscale"), .command(InMemoryConfiguration.command("New-AzApplicationGatewayAutoscaleConfiguration", [
                    .named("MinCapacity", minimum), .named("MaxCapacity", maximum),
                ]))))
            }
            if environment.variants(.gatewayCapacity).count > 1 {
                // Only the autoscaling environments pass -AutoscaleConfiguration.
                let scale: [PSHashEntry] = statements.isEmpty ? [] : [PSHashEntry("AutoscaleConfiguration", .variable("autoscale"))]
                statements.append(.assign(.variable("gatewayScale"), .hashtable(scale)))
            }
            return [.assign(.variable("sku"), .command(PSCommand("New-AzApplicationGatewaySku", sku)))] + statements
        }
        statements += firewallStatements(gateway)
        statements.append(.assign(.variable("sslPolicy"), .command(sslPolicy(gateway.tlsPolicy))))
        return ScriptStep(title: "Application Gateway SKU, WAF and TLS policy", statements: statements)
    }

    private func sslPolicy(_ policy: TLSPolicy) -> PSCommand {
        switch policy {
        case .predefined(let name):
            return InMemoryConfiguration.command("New-AzApplicationGatewaySslPolicy", [.named("PolicyType", .bareword("Predefined")), .named("PolicyName", .bareword(name.rawValue))])
        case .custom(let minimum, let suites):
            // CustomV2 is the policy type that knows TLS 1.3.
            var arguments: [PSArgument] = [
                .named("PolicyType", .bareword(minimum >= .tls13 ? "CustomV2" : "Custom")),
                .named("MinProtocolVersion", .bareword(minimum.rawValue)),
            ]
            if !suites.isEmpty { arguments.append(.named("CipherSuite", .arrayBlock(suites.map { .string($0) }))) }
            return InMemoryConfiguration.command("New-AzApplicationGatewaySslPolicy", arguments)
        }
    }

    var gatewayStep: ScriptStep? {
        guard let gateway = deployment.applicationGateway else { return nil }
        var arguments: [PSArgument] = [.named("Name", gatewayName), ScriptIdioms.resourceGroup, ScriptIdioms.location, .named("Sku", .variable("sku"))]
        let variants = environment.variants(.gatewayCapacity)
        if variants.count > 1 {
            arguments.append(.splat("gatewayScale"))
        } else if case .autoscale = Self.capacity(gateway.capacity, variants.first) {
            arguments.append(.named("AutoscaleConfiguration", .variable("autoscale")))
        }
        func collection(_ parameter: String, _ dictionary: String, _ names: [String]) {
            guard !names.isEmpty else { return }
            arguments.append(.named(parameter, ScriptIdioms.list(names.map { item(dictionary, $0) })))
        }
        if gatewaySubnet != nil { arguments.append(.named("GatewayIPConfigurations", .variable("gatewayIPConfiguration"))) }
        var frontends: [String] = []
        if gateway.frontend.publicIP != nil { frontends.append(gateway.frontend.publicName) }
        if gateway.frontend.privateIPAddress != nil, gatewaySubnet != nil { frontends.append(gateway.frontend.privateName) }
        collection("FrontendIPConfigurations", "frontendIPs", frontends)
        collection("FrontendPorts", "frontendPorts", resolved.frontendPorts.map(\.name))
        collection("SslCertificates", "sslCertificates", gateway.certificates.map(\.name))
        collection("TrustedRootCertificate", "trustedRootCertificates", gateway.trustedRootCertificates.map(\.name))
        collection("HttpListeners", "listeners", gateway.listeners.map(\.name))
        collection("Probes", "probes", gateway.probes.map(\.name))
        collection("BackendHttpSettingsCollection", "backendSettings", gateway.backendSettings.map(\.name))
        collection("BackendAddressPools", "backendPools", gateway.backendPools.map(\.name))
        collection("UrlPathMaps", "urlPathMaps", gateway.urlPathMaps.map(\.name))
        collection("RedirectConfigurations", "redirects", gateway.redirects.map(\.name))
        collection("RequestRoutingRules", "routingRules", gateway.rules.map(\.name))
        arguments.append(.named("SslPolicy", .variable("sslPolicy")))

        var prepare: [PSStatement] = []
        let identities = gateway.identities
        if let identity = identities.first {
            prepare.append(.assign(.variable("gatewayIdentity"), .command(InMemoryConfiguration.command("New-AzApplicationGatewayIdentity", [
                .named("UserAssignedIdentityId", .member(item("identities", identity), "Id")),
            ]))))
            arguments.append(.named("Identity", .variable("gatewayIdentity")))
        }
        let listenerPolicies = gateway.listeners.compactMap { listener in listener.firewallPolicy.map { (listener.name, $0) } }
        if !listenerPolicies.isEmpty {
            prepare.append(ScriptIdioms.comment("Listener WAF policies exist only once the WAF step has run: attach them to the listeners now."))
        }
        for (listener, policy) in listenerPolicies {
            prepare.append(.assign(.member(item("listeners", listener), "FirewallPolicy"), .cast("Microsoft.Azure.Commands.Network.Models.PSResourceId", .hashtable([
                PSHashEntry("Id", .member(item("wafPolicies", policy), "Id")),
            ]))))
        }
        switch gateway.firewall {
        case .none: break
        case .inline: arguments.append(.named("WebApplicationFirewallConfiguration", .variable("webApplicationFirewallConfiguration")))
        case .policy(let name):
            if identities.isEmpty { arguments.append(.named("FirewallPolicy", item("wafPolicies", name))) }
        }
        let zones = zoneArguments(.gatewayZones, declared: gateway.zones, splat: "applicationGatewayZoneArguments")
        prepare += zones.prepare
        arguments += zones.arguments
        if gateway.http2 { arguments.append(.switch("EnableHttp2")) }
        arguments += tagArguments
        arguments.append(.switch("Force"))
        let get = PSCommand("Get-AzApplicationGateway", [.named("Name", gatewayName), ScriptIdioms.resourceGroup])
        if case .policy(let name) = gateway.firewall, !identities.isEmpty {
            return ScriptStep(title: "Application Gateway", statements: identityGatewayStatements(
                gateway, policy: name, get: get, prepare: prepare, create: PSCommand("New-AzApplicationGateway", arguments)))
        }
        let statements = ScriptIdioms.apply(
            .variable("applicationGateway"), "application gateway", target: gatewayName,
            get: get, prepare: prepare, create: PSCommand("New-AzApplicationGateway", arguments))
        return ScriptStep(title: "Application Gateway", statements: statements)
    }

    /// A gateway with a managed identity and a WAF policy. New-AzApplicationGateway takes
    /// -Identity or -FirewallPolicy, never both (Azure/azure-powershell#24542, #20910), and a
    /// WAF_v2 gateway cannot exist without a WAF, nor lose its policy once it has one (Learn:
    /// "disassociating a policy from the WAF entirely isn't supported"). So a new gateway is
    /// created with an inline WAF in the policy's mode and the policy replaces it in the same
    /// step (Learn: associate a WAF policy with an existing gateway); an existing one is
    /// updated in place with Set-AzApplicationGateway and keeps its policy throughout.
    private func identityGatewayStatements(_ gateway: ApplicationGateway, policy: String, get: PSCommand,
                                           prepare: [PSStatement], create: PSCommand) -> [PSStatement] {
        let gatewayVariable = PSExpression.variable("applicationGateway")
        let mode = environment.value(.firewallMode) ?? .bareword((resolved.gatewayWAFPolicy?.mode ?? .prevention).rawValue)
        let creation: [PSStatement] = [
            ScriptIdioms.comment("A WAF_v2 gateway needs a WAF when it is created, and New-AzApplicationGateway cannot take -Identity and -FirewallPolicy together (Azure/azure-powershell#24542): it starts with an inline WAF in the policy's mode, which the policy replaces below."),
            .assign(.variable("wafAtCreation"), .command(InMemoryConfiguration.command("New-AzApplicationGatewayWebApplicationFirewallConfiguration", [
                .named("Enabled", .bool(true)), .named("FirewallMode", mode),
                .named("RuleSetType", .bareword("OWASP")), .named("RuleSetVersion", .string("3.1")),
            ]))),
            .assign(gatewayVariable, .command(PSCommand(create.name, create.arguments.filter { $0 != .switch("Force") }
                + [.named("WebApplicationFirewallConfiguration", .variable("wafAtCreation")), .switch("Force")]))),
        ]
        var update: [PSStatement] = [ScriptIdioms.comment("Rerun: the same settings on the existing gateway, whose WAF policy stays associated.")]
        for argument in create.arguments {
            guard case .named(let parameter, let value) = argument, let property = Self.gatewayProperties[parameter] else { continue }
            update.append(.assign(.member(gatewayVariable, property), Self.listValued.contains(parameter) ? Self.asArray(value) : value))
        }
        if !create.arguments.contains(.named("AutoscaleConfiguration", .variable("autoscale"))), !create.arguments.contains(.splat("gatewayScale")) {
            update.append(.assign(.member(gatewayVariable, "AutoscaleConfiguration"), .null))
        }
        if create.arguments.contains(.splat("gatewayScale")) {
            update.append(.assign(.member(gatewayVariable, "AutoscaleConfiguration"), .index(.variable("gatewayScale"), .string("AutoscaleConfiguration"))))
        }
        update.append(.assign(.member(gatewayVariable, "EnableHttp2"), .bool(gateway.http2)))
        let associate: [PSStatement] = [
            .assign(.member(gatewayVariable, "FirewallPolicy"), .cast("Microsoft.Azure.Commands.Network.Models.PSResourceId", .hashtable([
                PSHashEntry("Id", .member(item("wafPolicies", policy), "Id")),
            ]))),
            .assign(.member(gatewayVariable, "ForceFirewallPolicyAssociation"), .bool(true)),
            .assign(.member(gatewayVariable, "WebApplicationFirewallConfiguration"), .null),
            .assign(gatewayVariable, .command(PSCommand("Set-AzApplicationGateway", [.named("ApplicationGateway", gatewayVariable)]))),
        ]
        return [
            .if([PSConditional(ScriptIdioms.shouldProcess(gatewayName, "Create or update application gateway"), prepare + [
                .assign(gatewayVariable, .command(PSCommand(get.name, get.arguments + [ScriptIdioms.silently]))),
                .if([PSConditional(ScriptIdioms.isNull(gatewayVariable), creation)], else: update),
            ] + associate)], else: [
                .assign(gatewayVariable, .command(PSCommand(get.name, get.arguments + [ScriptIdioms.silently]))),
                .if([PSConditional(ScriptIdioms.isNull(gatewayVariable), ScriptIdioms.stop("application gateway", gatewayName))], else: nil),
            ]),
        ]
    }

    /// New-AzApplicationGateway parameter → the PSApplicationGateway property it sets.
    private static let gatewayProperties: [String: String] = [
        "Sku": "Sku", "SslPolicy": "SslPolicy", "GatewayIPConfigurations": "GatewayIPConfigurations",
        "FrontendIPConfigurations": "FrontendIPConfigurations", "FrontendPorts": "FrontendPorts",
        "SslCertificates": "SslCertificates", "TrustedRootCertificate": "TrustedRootCertificates",
        "HttpListeners": "HttpListeners", "Probes": "Probes", "BackendHttpSettingsCollection": "BackendHttpSettingsCollection",
        "BackendAddressPools": "BackendAddressPools", "UrlPathMaps": "UrlPathMaps", "RedirectConfigurations": "RedirectConfigurations",
        "RequestRoutingRules": "RequestRoutingRules", "AutoscaleConfiguration": "AutoscaleConfiguration", "Identity": "Identity", "Tag": "Tag",
    ]
    /// The properties that are lists, assigned as arrays even with one item.
    private static let listValued: Set<String> = [
        "GatewayIPConfigurations", "FrontendIPConfigurations", "FrontendPorts", "SslCertificates", "TrustedRootCertificate",
        "HttpListeners", "Probes", "BackendHttpSettingsCollection", "BackendAddressPools", "UrlPathMaps", "RedirectConfigurations",
        "RequestRoutingRules",
    ]

    private static func asArray(_ value: PSExpression) -> PSExpression {
        switch value {
        case .array, .arrayBlock: value
        default: .array([value])
        }
    }

    /// Host names as the script writes them: one as is, several as a list.
    private func hosts(_ names: [String]) -> PSExpression {
        names.count == 1 ? environment.host(names[0]) : .array(names.map(environment.host))
    }

    /// The host name kind whose certificate a gateway certificate is, when that certificate
    /// differs between environments.
    private func hostnameKind(sharing source: CertificateSource) -> CustomHostname.Kind? {
        CustomHostname.Kind.allCases.first { kind in
            environment.isParameter(.certificate(kind)) && deployment.apiManagement?.hostname(kind)?.certificate == source
        }
    }

    private enum CapacityArguments {
        case fixed(PSExpression)
        case autoscale(minimum: PSExpression, maximum: PSExpression)
    }

    /// The declared capacity, or the selected environment's when it differs between them.
    private static func capacity(_ declared: ApplicationGateway.Capacity, _ variant: EnvironmentTable.Variant?) -> CapacityArguments {
        switch (variant?.value, declared) {
        case (.capacity(.fixed)?, _): .fixed(variant!.field("Capacity"))
        case (.capacity(.autoscale)?, _): .autoscale(minimum: variant!.field("MinCapacity"), maximum: variant!.field("MaxCapacity"))
        case (_, .fixed(let count)): .fixed(.int(count))
        case (_, .autoscale(let minimum, let maximum)): .autoscale(minimum: .int(minimum), maximum: .int(maximum))
        }
    }
}
