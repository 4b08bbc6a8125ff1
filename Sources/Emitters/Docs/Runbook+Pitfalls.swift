import DSL

extension Runbook {
    /// The known pitfalls of this topology that apply to the choices in the manifest, each with
    /// its fix.
    var pitfallsSection: [MarkdownBlock] {
        guard let gateway = topology.gateway else { return [] }
        var items: [MarkdownList.Item] = []
        let apimPools = gateway.backendPools.filter { $0.fqdns.contains { topology.endpoint(forHost: $0) != nil } }
        let apimPoolNames = Set(apimPools.map(\.name))
        let apimSettings = forwardPairs(gateway).filter { apimPoolNames.contains($0.pool) }.compactMap { gateway.settings(named: $0.settings) }

        if !apimPools.isEmpty {
            let withHost = apimSettings.compactMap { topology.probe(of: $0) }.filter { $0.host != nil }
            var fix: [MarkdownInline] = ["Fix: every API Management pool needs a custom probe that sends the API Management host name. "]
            if withHost.isEmpty {
                fix.append("Add one to the backend settings.")
            } else {
                let probes: [[MarkdownInline]] = withHost.map { probe in
                    [.code(probe.name), .text(" (Host "), .code(probe.host ?? ""), .text(", path "), .code(probe.path), .text(")")]
                }
                fix.append("This deployment has them: ")
                fix += probes.joinedInlines(", ")
                fix.append("; keep their host names in step with the custom host names.")
            }
            items.append(.init([.strong(["Probe host header."]), " API Management answers only to its own host names, so the gateway's default probe (which sends the pool address) fails, the backend turns ", .code("Unhealthy"), " and clients get 502."],
                               children: [.paragraph(fix)]))
        }

        if gateway.backendSettings.contains(where: { $0.protocol == .https }) {
            let roots = gateway.trustedRootCertificates
            var fix: [MarkdownInline]
            if roots.isEmpty {
                fix = ["Fix: this deployment trusts only well-known public CAs for backend TLS. If API Management's certificates come from a private CA, add a ", .code("TrustedRootCertificate"), " with that root and the backend settings pick it up."]
            } else {
                fix = ["Fix: the backend settings trust "] + roots.map { [.code($0.name), .text(" (\(topology.location(of: $0.source)))")] }.joinedInlines(", ")
                    + [". When API Management's certificate is renewed under another root, add the new root before the old one expires."]
            }
            items.append(.init([.strong(["Trusted root."]), " The gateway validates API Management's certificate chain on every HTTPS backend connection; a chain it does not trust shows as ", .code("Unhealthy"), " with \"the root certificate of the server certificate used by the backend does not match the trusted root certificate\"."],
                               children: [.paragraph(fix)]))
        }

        if let apim = topology.apiManagement, apim.virtualNetwork != .none, !apimPools.isEmpty {
            var children: [MarkdownBlock] = [.paragraph(["Fix: create the private DNS zone, its virtual network link and the A records before the gateway (the generated deployment orders them so). After changing a record or API Management's address, restart the gateway so it resolves again:"])]
            children.append(.code(language: "powershell", PowerShellWriter().render([
                .assign(.variable("gateway"), .command(PSCommand("Get-AzApplicationGateway", [.named("ResourceGroupName", .string(resolved.resourceGroup)), .named("Name", .string(gateway.name))]))),
                .command(PSCommand("Stop-AzApplicationGateway", [.named("ApplicationGateway", .variable("gateway"))])),
                .command(PSCommand("Start-AzApplicationGateway", [.named("ApplicationGateway", .variable("gateway"))])),
            ])))
            if let servers = resolved.virtualNetwork?.dnsServers, !servers.isEmpty {
                children.append(.paragraph(["The virtual network uses custom DNS servers ("] + servers.map { MarkdownInline.code($0) }.joinedInlines(", ")
                                           + ["); they must forward to Azure DNS (", .code("168.63.129.16"), ") or the private zones never answer."]))
            }
            items.append(.init([.strong(["DNS cached by the gateway."]), " The gateway resolves the pools' host names ("] + apimPools.flatMap(\.fqdns).map { MarkdownInline.code($0) }.joinedInlines(", ")
                               + [") through the virtual network's DNS and caches the answer. Started before the private records existed, or after API Management's private IP changed, it keeps the stale answer and the backend stays unhealthy."],
                               children: children))
        }

        if topology.apiManagement?.hostname(.developerPortal) != nil || topology.exposure(of: .developerPortal) != nil {
            let portalPublished = topology.exposure(of: .developerPortal) != nil
            let managementPublished = topology.exposure(of: .management) != nil
            let fix: [MarkdownInline] = switch (portalPublished, managementPublished) {
            case (true, true): ["This deployment publishes both; keep them together, and keep the portal's WAF rule exclusions (see above)."]
            case (true, false): ["Fix: publish the management endpoint too (", .code("Expose(.management)"), "), or the published portal cannot sign users in or run the API console."]
            case (false, _): ["The portal is not published through the gateway, so it is reachable only inside the virtual network; publish it with ", .code("Expose(.developerPortal)"), " together with ", .code("Expose(.management)"), " when outside users need it."]
            }
            items.append(.init([.strong(["Developer portal needs the management endpoint."]), " The portal's pages call API Management's management endpoint from the browser (sign-in, the API console, administrative mode)."],
                               children: [.paragraph(fix)]))
        }

        guard !items.isEmpty else { return [] }
        return [.heading(2, ["Known pitfalls"]), .list(MarkdownList(items: items))]
    }

    /// Every (pool, settings) pair the rules forward to, directly or through path maps.
    private func forwardPairs(_ gateway: ApplicationGateway) -> [(pool: String, settings: String)] {
        var pairs: [(pool: String, settings: String)] = []
        for rule in gateway.rules {
            switch rule.action {
            case .forward(let pool, let settings):
                pairs.append((pool, settings))
            case .pathBased(let name):
                guard let map = gateway.urlPathMaps.first(where: { $0.name == name }) else { continue }
                pairs += map.pathRules.map { ($0.pool, $0.settings) }
                pairs.append((map.defaultPool, map.defaultSettings))
            case .redirect:
                continue
            }
        }
        return pairs
    }
}
