import DSL

extension Runbook {
    /// Each environment as resolve made it: where it deploys, its names, sizes, WAF mode, host
    /// names with their certificates, and the private DNS records that follow them. The other
    /// sections describe the declared deployment.
    var environmentsSection: [MarkdownBlock] {
        let environments = resolved.environments
        guard !environments.isEmpty else { return [] }
        let header: [[MarkdownInline]] = [[]] + environments.map { environment in
            [.strong([.text(environment.name)])] + (environment.production ? [" (production)"] : [])
        }
        var rows: [[[MarkdownInline]]] = []
        func row(_ title: String, _ cell: (ResolvedEnvironment) -> [MarkdownInline]) {
            rows.append([[.text(title)]] + environments.map { cell($0).orDash })
        }
        func code(_ text: String?) -> [MarkdownInline] { text.map { [.code($0)] } ?? [] }
        let delivery = DeliveryContext(resolved).environments
        row("Diagram") { environment in
            let path = DiagramEmitter.environmentDiagram(environment.name) + ".mmd"
            return [.link([.text(path)], url: "../diagram/\(path)")]
        }
        row("Subscription") { $0.subscription.map { [.code($0)] } ?? ["the service connection's"] }
        row("Resource group") { code($0.resourceGroup) }
        row("Azure DevOps service connection (apply / plan)") { environment in
            guard let release = delivery.first(where: { $0.name == environment.name }) else { return [] }
            return [.code(release.serviceConnection), " / ", .code(release.planServiceConnection)]
        }
        row("Azure DevOps variable group, GitHub environment") { environment in
            guard let release = delivery.first(where: { $0.name == environment.name }) else { return [] }
            return [.code(release.variableGroup), ", ", .code(release.name)]
        }
        if resolved.apiManagement != nil {
            row("API Management") { environment in
                guard let apim = environment.deployment.apiManagement else { return [] }
                return [.code(apim.name), .text(" (\(apim.sku.rawValue), \(apim.units == 1 ? "1 unit" : "\(apim.units) units")\(apim.zones.isEmpty ? "" : ", zones " + apim.zones.map(String.init).joined(separator: ", ")))")]
            }
        }
        if resolved.applicationGateway != nil {
            row("Application Gateway") { environment in
                guard let gateway = environment.deployment.applicationGateway else { return [] }
                return [.code(gateway.name), .text(" (\(capacity(gateway.capacity))\(gateway.zones.isEmpty ? "" : ", zones " + gateway.zones.map(String.init).joined(separator: ", ")))")]
            }
            row("WAF mode") { environment in
                if let policy = environment.deployment.gatewayWAFPolicy { return [.text(policy.mode.rawValue)] }
                if case .inline(let configuration)? = environment.deployment.applicationGateway?.firewall { return [.text(configuration.mode.rawValue)] }
                return []
            }
        }
        for ip in resolved.publicIPs where ip.domainNameLabel != nil {
            row("DNS label of \(ip.name)") { code($0.deployment.publicIPs.first { $0.name == ip.name }?.domainNameLabel) }
        }
        for hostname in resolved.apiManagement?.hostnames ?? [] {
            row("\(hostname.kind.rawValue) host name") { code($0.deployment.apiManagement?.hostname(hostname.kind)?.hostName) }
            row("\(hostname.kind.rawValue) certificate") { environment in
                environment.deployment.apiManagement?.hostname(hostname.kind).map { [.text(topology.location(of: $0.certificate))] } ?? []
            }
        }
        for zone in resolved.privateDNSZones {
            for record in zone.records where record.target == .apiManagementPrivateIP {
                row("A record in \(zone.name)") { environment in
                    code(environment.deployment.privateDNSZones.first { $0.name == zone.name }?.records
                        .first { $0.target == record.target && $0.location == record.location }?.name)
                }
            }
        }
        for value in resolved.environmentParameters {
            guard case .namedValue(let name) = value.kind else { continue }
            row("named value \(name)") { environment in
                switch environment.deployment.apiManagement?.content.namedValues.first(where: { $0.name == name })?.value {
                case .plain(let text)?: [.code(text)]
                case .secret?: ["secret"]
                case .keyVault(let vault, let secret, _)?: ["Key Vault ", .code(vault), " secret ", .code(secret)]
                case .derived?, nil: []
                }
            }
        }
        return [
            .heading(2, ["Environments"]),
            .paragraph([.text("Each environment deploys side by side with the others, into its own resource group and with its own globally unique names. "
                + "The sections below describe the declared deployment; these are what each environment deploys instead. "
                + "Run the verification commands with the environment's resource group and names.")]),
            .table(MarkdownTable(header: header, rows: rows)),
        ]
    }
}
