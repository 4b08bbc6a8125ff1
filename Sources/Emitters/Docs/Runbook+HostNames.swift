import DSL

extension Runbook {
    /// One row per listener host name: listener, probe, backend and certificate; then every API
    /// Management host name with whether the gateway publishes it.
    var hostNamesSection: [MarkdownBlock] {
        guard let gateway = topology.gateway else { return [] }
        var rows: [[[MarkdownInline]]] = []
        for listener in gateway.listeners {
            let listenerCell: [MarkdownInline] = [.code(listener.name), .text(" \(listener.protocol.rawValue.uppercased()) \(listener.port) (\(listener.frontend.rawValue))")]
            let rules = topology.rules(of: listener)
            let probes = rules.flatMap(probes(of:)).reduce(into: [HealthProbe]()) { if !$0.contains($1) { $0.append($1) } }
            let probeCell = probes.map(describe(probe:)).joinedInlines("; ").orDash
            let backendCell = rules.map(describeBackend(of:)).joinedInlines("; ").orDash
            let certificateCell: [MarkdownInline] = topology.certificate(named: listener.certificate).map { [.code($0.name), .text(": " + topology.location(of: $0.source))] }
                ?? [.text(listener.protocol == .http ? "none (HTTP)" : "none")]
            for host in listener.hostNames.isEmpty ? ["(any host name)"] : listener.hostNames {
                rows.append([[.code(host)], listenerCell, probeCell, backendCell, certificateCell])
            }
        }
        var blocks: [MarkdownBlock] = [
            .heading(2, ["Host names"]),
            .paragraph(["What the gateway serves, per listener host name, and where each request goes."]),
            .table(MarkdownTable(header: [["Host name"], ["Listener"], ["Probe"], ["Backend"], ["Certificate source"]], rows: rows)),
        ]
        if !topology.endpoints.isEmpty {
            let endpointRows: [[[MarkdownInline]]] = topology.endpoints.map { endpoint in
                let published: [MarkdownInline] = topology.exposure(of: endpoint.kind) != nil
                    ? ["yes, listener "] + gateway.listeners.filter { $0.hostNames.contains(endpoint.hostName) }.map { .code($0.name) }.joinedInlines(", ")
                    : ["no"]
                let certificate: [MarkdownInline] = endpoint.custom.map { [.text(topology.location(of: $0.certificate))] } ?? ["Microsoft-managed (default host name)"]
                return [[.text(endpoint.title)], [.code(endpoint.hostName)], published, certificate]
            }
            blocks += [
                .heading(3, ["API Management host names"]),
                .table(MarkdownTable(header: [["Endpoint"], ["Host name"], ["Published through the gateway"], ["Certificate source"]], rows: endpointRows)),
            ]
        }
        return blocks
    }

    func probes(of rule: RoutingRule) -> [HealthProbe] {
        switch topology.route(of: rule) {
        case .forward(_, _, let settings, _):
            return topology.probe(of: settings).map { [$0] } ?? []
        case .pathBased(let map, _):
            guard let map else { return [] }
            let settings = map.pathRules.map(\.settings) + [map.defaultSettings]
            return settings.compactMap { topology.probe(of: topology.gateway?.settings(named: $0)) }
        case .redirect:
            return []
        }
    }

    func describe(probe: HealthProbe) -> [MarkdownInline] {
        let target = (probe.host ?? "(host from backend settings)") + probe.path
        return [.code(probe.name), .text(": \(probe.protocol.rawValue.uppercased()) "), .code(target),
                .text(" every \(probe.intervalSeconds) s, timeout \(probe.timeoutSeconds) s, unhealthy after \(probe.unhealthyThreshold) failures, accepts \(probe.statusCodes.joined(separator: ", "))")]
    }

    func describeBackend(of rule: RoutingRule) -> [MarkdownInline] {
        switch topology.route(of: rule) {
        case .forward(let pool, let poolName, _, let settingsName):
            return describe(pool: pool, named: poolName) + [" via ", .code(settingsName)]
        case .pathBased(let map, let name):
            guard let map else { return ["path map ", .code(name)] }
            var parts: [[MarkdownInline]] = map.pathRules.map { rule in
                rule.paths.map { MarkdownInline.code($0) }.joinedInlines(", ") + [" → "] + describe(pool: topology.gateway?.pool(named: rule.pool), named: rule.pool)
            }
            parts.append(["any other path → "] + describe(pool: topology.gateway?.pool(named: map.defaultPool), named: map.defaultPool))
            return parts.joinedInlines("; ")
        case .redirect(let redirect, let name):
            guard let redirect else { return ["redirect ", .code(name)] }
            switch redirect.target {
            case .listener(let listener): return [.text("\(redirect.type.rawValue) redirect to listener "), .code(listener)]
            case .url(let url): return [.text("\(redirect.type.rawValue) redirect to "), .code(url)]
            }
        }
    }

    func describe(pool: BackendPool?, named name: String) -> [MarkdownInline] {
        guard let pool else { return [.code(name)] }
        let targets = pool.fqdns + pool.ipAddresses
        if targets.isEmpty { return [.code(name), " (no targets: the gateway answers 502)"] }
        let described = targets.map { target -> [MarkdownInline] in
            if let endpoint = topology.endpoint(forHost: target) { return [.code(target), .text(" (API Management \(endpoint.title.lowercased()))")] }
            return [.code(target)]
        }
        return [.code(name), " → "] + described.joinedInlines(", ")
    }
}
