import DSL

/// Builds the `ArchitectureGraph` of a resolved deployment: Internet → public IP → listeners →
/// rules and path maps → backend pools → API Management endpoints → APIs → backends, with the
/// subnets (and their NSGs), the gateway and API Management as clusters, and the Key Vault,
/// identities and private DNS zones linked by dotted edges.
struct ArchitectureGraphBuilder {
    let topology: EdgeTopology
    private var edges: [ArchitectureGraph.Edge] = []
    /// Node numbers by name, computed once: ids are looked up for every edge.
    private let listenerNumbers: [String: Int]
    private let poolNumbers: [String: Int]
    private let pathMapNumbers: [String: Int]
    private let redirectNumbers: [String: Int]
    /// Pool targets that are not API Management endpoints, once each, in first-use order.
    private let backendHosts: [String]
    private let backendNumbers: [String: Int]
    /// Declared vaults, then vaults only referenced by certificates and role assignments.
    private let vaultNames: [String]
    private let vaultNumbers: [String: Int]

    init(_ resolved: ResolvedDeployment) {
        let topology = EdgeTopology(resolved)
        self.topology = topology
        let gateway = topology.gateway
        listenerNumbers = Self.numbers(gateway?.listeners.map(\.name) ?? [])
        poolNumbers = Self.numbers(gateway?.backendPools.map(\.name) ?? [])
        pathMapNumbers = Self.numbers(gateway?.urlPathMaps.map(\.name) ?? [])
        redirectNumbers = Self.numbers(gateway?.redirects.map(\.name) ?? [])
        var seen = Set<String>()
        backendHosts = (gateway?.backendPools.flatMap { $0.fqdns + $0.ipAddresses } ?? [])
            .filter { topology.endpoint(forHost: $0) == nil && seen.insert($0).inserted }
        backendNumbers = Self.numbers(backendHosts)
        var vaults = resolved.keyVaults.map(\.name)
        let referenced = (topology.apiManagement?.hostnames.compactMap { $0.certificate.keyVaultCertificate?.vault } ?? [])
            + (gateway?.certificates.compactMap { $0.source.keyVaultCertificate?.vault } ?? [])
            + resolved.roleAssignments.compactMap(\.vault)
        var known = Set(vaults)
        for name in referenced where known.insert(name).inserted { vaults.append(name) }
        vaultNames = vaults
        vaultNumbers = Self.numbers(vaults)
    }

    /// 1-based positions by name; the first of duplicate names wins.
    private static func numbers(_ names: [String]) -> [String: Int] {
        Dictionary(names.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    }

    private var resolved: ResolvedDeployment { topology.resolved }

    mutating func build() -> ArchitectureGraph {
        edges = []
        var topLevel: [ArchitectureGraph.Item] = [.node(.init(id: "internet", lines: ["Internet"], shape: .circle, role: .internet))]
        var placed: [String: [ArchitectureGraph.Item]] = [:]
        func place(_ item: ArchitectureGraph.Item, inSubnet subnet: String?) {
            if let subnet, topology.subnet(named: subnet) != nil { placed[subnet, default: []].append(item) } else { topLevel.append(item) }
        }

        topLevel += frontendNodes()
        if let gateway = topology.gateway { place(.cluster(gatewayCluster(gateway)), inSubnet: gateway.subnet) }
        if let apim = topology.apiManagement { place(.cluster(apiManagementCluster(apim)), inSubnet: apim.subnet) }
        for (index, endpoint) in resolved.privateEndpoints.enumerated() {
            place(.node(.init(id: privateEndpointID(index), lines: ["private endpoint \(endpoint.name)", "\(endpoint.groupID) of \(endpoint.target.name)"], shape: .rounded, role: .security)),
                  inSubnet: endpoint.subnet)
        }
        if let network = resolved.virtualNetwork {
            let subnets = network.subnets.enumerated().map { index, subnet in
                ArchitectureGraph.Item.cluster(.init(id: "subnet\(index + 1)", lines: subnetTitle(subnet), items: placed[subnet.name] ?? []))
            }
            let title = "virtual network \(network.name) (\(network.addressSpace.map(\.text).joined(separator: ", ")))"
            topLevel.append(.cluster(.init(id: "vnet", lines: [title], items: subnets)))
        }
        topLevel += apiBackendNodes()
        topLevel += securityNodes()
        topLevel += dnsNodes()
        return ArchitectureGraph(items: topLevel, edges: edges)
    }

    // MARK: Frontend

    private mutating func frontendNodes() -> [ArchitectureGraph.Item] {
        guard let gateway = topology.gateway else { return [] }
        var nodes: [ArchitectureGraph.Item] = []
        if let name = gateway.frontend.publicIP {
            let publicIP = topology.gatewayPublicIP
            let dns = publicIP.flatMap(topology.fqdn(of:)) ?? "no DNS label"
            let ddos = publicIP?.ddosProtection == .ipProtection ? ["DDoS IP Protection"] : []
            nodes.append(.node(.init(id: "publicIP", lines: ["public IP \(name)", dns] + ddos, shape: .hexagon, role: .frontend)))
            let ports = Set(gateway.listeners.filter { $0.frontend == .public }.map(\.port)).sorted()
            edges.append(.init(from: "internet", to: "publicIP", label: ports.isEmpty ? nil : "TCP " + ports.map(String.init).joined(separator: ", ")))
        }
        if let address = gateway.frontend.privateIPAddress {
            nodes.append(.node(.init(id: "privateFrontend", lines: ["private frontend \(gateway.frontend.privateName)", address], shape: .hexagon, role: .frontend)))
        }
        return nodes
    }

    // MARK: Gateway

    private func listenerID(_ name: String) -> String { "listener\(listenerNumbers[name] ?? 0)" }

    private func poolID(_ name: String) -> String { "pool\(poolNumbers[name] ?? 0)" }

    private func privateEndpointID(_ index: Int) -> String { "privateEndpoint\(index + 1)" }

    private mutating func gatewayCluster(_ gateway: ApplicationGateway) -> ArchitectureGraph.Cluster {
        var items: [ArchitectureGraph.Item] = []
        let capacity = switch gateway.capacity {
        case .fixed(let count): "\(count) instances"
        case .autoscale(let minimum, let maximum): "autoscale \(minimum)-\(maximum) instances"
        }
        let tls = switch gateway.tlsPolicy {
        case .predefined(let policy): "TLS policy \(policy.rawValue)"
        case .custom(let minimum, _): "custom TLS policy, minimum \(minimum.rawValue)"
        }

        if let firewall = topology.firewall {
            items.append(.node(firewallNode(id: "waf", firewall)))
            for listener in gateway.listeners where listener.firewallPolicy == nil {
                edges.append(.init(from: "waf", to: listenerID(listener.name), label: "inspects", dotted: true))
            }
        }
        let listenerPolicies = gateway.listeners.compactMap(\.firewallPolicy).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for (index, name) in listenerPolicies.enumerated() {
            guard let policy = resolved.wafPolicies.first(where: { $0.name == name }) else { continue }
            let id = "waf\(index + 2)"
            items.append(.node(firewallNode(id: id, topology.firewall(of: policy))))
            for listener in gateway.listeners where listener.firewallPolicy == name {
                edges.append(.init(from: id, to: listenerID(listener.name), label: "inspects", dotted: true))
            }
        }

        for listener in gateway.listeners {
            let id = listenerID(listener.name)
            var lines = ["listener \(listener.name)", "\(listener.protocol.rawValue.uppercased()) :\(listener.port) (\(listener.frontend.rawValue))"]
            lines += listener.hostNames.isEmpty ? ["any host name"] : listener.hostNames
            if let certificate = listener.certificate { lines.append("certificate \(certificate)") }
            items.append(.node(.init(id: id, lines: lines, shape: .box, role: .listener)))
            edges.append(.init(from: listener.frontend == .public ? "publicIP" : "privateFrontend", to: id, label: ":\(listener.port)"))
            if case .keyVault(let reference)? = topology.certificate(named: listener.certificate)?.source {
                edges.append(.init(from: vaultID(reference.vault), to: id, label: "certificate \(reference.certificate)", dotted: true))
            }
        }
        for (index, rule) in gateway.rules.enumerated() {
            let id = "rule\(index + 1)"
            items.append(.node(.init(id: id, lines: ["rule \(rule.name)", "priority \(rule.priority)"], shape: .rounded, role: .route)))
            edges.append(.init(from: listenerID(rule.listener), to: id))
            switch rule.action {
            case .forward(let pool, let settings):
                edges.append(.init(from: id, to: poolID(pool), label: settingsSummary(settings)))
            case .pathBased(let map):
                edges.append(.init(from: id, to: "pathMap\(pathMapNumbers[map] ?? 0)"))
            case .redirect(let redirect):
                edges.append(.init(from: id, to: "redirect\(redirectNumbers[redirect] ?? 0)"))
            }
        }
        for (index, map) in gateway.urlPathMaps.enumerated() {
            let id = "pathMap\(index + 1)"
            items.append(.node(.init(id: id, lines: ["path map \(map.name)"], shape: .rounded, role: .route)))
            for pathRule in map.pathRules {
                edges.append(.init(from: id, to: poolID(pathRule.pool), label: pathRule.paths.joined(separator: ", ") + " · " + settingsSummary(pathRule.settings)))
            }
            edges.append(.init(from: id, to: poolID(map.defaultPool), label: "any other path"))
        }
        for (index, redirect) in gateway.redirects.enumerated() {
            let id = "redirect\(index + 1)"
            items.append(.node(.init(id: id, lines: ["redirect \(redirect.name)", redirect.type.rawValue], shape: .rounded, role: .route)))
            switch redirect.target {
            case .listener(let name): edges.append(.init(from: id, to: listenerID(name), label: "to \(name)", dotted: true))
            case .url(let url):
                items.append(.node(.init(id: id + "Target", lines: [url], shape: .rounded, role: .backend)))
                edges.append(.init(from: id, to: id + "Target", dotted: true))
            }
        }
        for pool in gateway.backendPools {
            let id = poolID(pool.name)
            let targets = pool.fqdns + pool.ipAddresses
            let lines = ["pool \(pool.name)"] + (targets.isEmpty ? ["no targets: requests get 502"] : targets)
            items.append(.node(.init(id: id, lines: lines, shape: .box, role: .pool)))
            for target in targets {
                if let endpoint = topology.endpoint(forHost: target) {
                    edges.append(.init(from: id, to: endpointID(endpoint.kind), label: "HTTPS"))
                } else {
                    edges.append(.init(from: id, to: backendID(target)))
                }
            }
        }
        for target in backendHosts {
            items.append(.node(.init(id: backendID(target), lines: ["backend", target], shape: .box, role: .backend)))
        }
        return .init(id: "gateway", lines: ["Application Gateway \(gateway.name)", "\(gateway.sku.rawValue) · \(capacity) · \(tls)"], items: items)
    }

    private func firewallNode(id: String, _ firewall: EdgeTopology.Firewall) -> ArchitectureGraph.Node {
        var lines = [firewall.title, "mode \(firewall.mode.rawValue)"]
        lines += firewall.ruleSets.map(\.rawValue)
        let disabled = firewall.disabledRules.flatMap(\.override.rules)
        if !disabled.isEmpty { lines.append("\(disabled.count) rule\(disabled.count == 1 ? "" : "s") disabled") }
        if !firewall.exclusions.isEmpty { lines.append("\(firewall.exclusions.count) exclusion\(firewall.exclusions.count == 1 ? "" : "s")") }
        if !firewall.customRules.isEmpty { lines.append("custom rules: " + firewall.customRules.map(\.name).joined(separator: ", ")) }
        return .init(id: id, lines: lines, shape: .hexagon, role: .firewall)
    }

    private func settingsSummary(_ name: String) -> String {
        guard let settings = topology.gateway?.settings(named: name) else { return name }
        var parts = ["\(settings.protocol.rawValue.uppercased()) \(settings.port)"]
        if case .explicit(let host) = settings.hostName { parts.append("Host \(host)") }
        if let probe = topology.probe(of: settings) { parts.append("probe \(probe.path)") }
        if !settings.trustedRootCertificates.isEmpty { parts.append("trusts " + settings.trustedRootCertificates.joined(separator: ", ")) }
        return "\(name): " + parts.joined(separator: ", ")
    }

    private func backendID(_ host: String) -> String { "backend\(backendNumbers[host] ?? 0)" }

    // MARK: API Management

    private func endpointID(_ kind: CustomHostname.Kind) -> String {
        "apim" + kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    private mutating func apiManagementCluster(_ apim: APIManagement) -> ArchitectureGraph.Cluster {
        var items: [ArchitectureGraph.Item] = []
        for endpoint in topology.endpoints {
            let id = endpointID(endpoint.kind)
            var lines = [endpoint.title, endpoint.hostName]
            if endpoint.custom == nil { lines.append("default host name") }
            items.append(.node(.init(id: id, lines: lines, shape: .box, role: .apiManagement)))
            if case .keyVault(let reference)? = endpoint.custom?.certificate {
                edges.append(.init(from: vaultID(reference.vault), to: id, label: "certificate \(reference.certificate)", dotted: true))
            }
        }
        for (index, api) in apim.content.apis.enumerated() {
            let id = "api\(index + 1)"
            let routes = resolved.routes(reaching: api)
            let published = routes.isEmpty ? "not published" : "published at " + routes.map(\.path).joined(separator: ", ")
            let exposure = api.exposure == .external ? "external: \(published)" : (routes.isEmpty ? "internal: VNet only" : "internal: \(published)")
            items.append(.node(.init(id: id, lines: ["API \(api.displayName)", "/\(api.path)", exposure], shape: .rounded,
                                     role: api.exposure == .external ? .externalAPI : .internalAPI)))
            edges.append(.init(from: endpointID(.gateway), to: id, label: "/\(api.path)"))
        }
        let units = apim.units == 1 ? "1 unit" : "\(apim.units) units"
        let network = apim.virtualNetwork == .none ? "no VNet" : "\(apim.virtualNetwork.rawValue) VNet"
        var lines = ["API Management \(apim.name)", "\(apim.sku.rawValue) · \(units) · \(network)"]
        if !apim.publicNetworkAccess { lines.append("public network access disabled") }
        return .init(id: "apiManagement", lines: lines, items: items)
    }

    private mutating func apiBackendNodes() -> [ArchitectureGraph.Item] {
        var nodes: [ArchitectureGraph.Item] = []
        for (index, api) in (topology.apiManagement?.content.apis ?? []).enumerated() {
            guard let url = api.serviceURL else { continue }
            let id = "apiBackend\(index + 1)"
            nodes.append(.node(.init(id: id, lines: ["backend of \(api.name)", url], shape: .box, role: .backend)))
            edges.append(.init(from: "api\(index + 1)", to: id))
        }
        return nodes
    }

    // MARK: Key Vault and identities

    private func vaultID(_ name: String) -> String { "vault\(vaultNumbers[name] ?? 0)" }

    private mutating func securityNodes() -> [ArchitectureGraph.Item] {
        var nodes: [ArchitectureGraph.Item] = []
        for name in vaultNames {
            let vault = resolved.keyVaults.first { $0.name == name }
            var lines = ["Key Vault \(name)"]
            if vault?.existing ?? true { lines.append("existing vault") }
            if vault?.privateEndpointSubnet != nil { lines.append("public network access disabled") }
            nodes.append(.node(.init(id: vaultID(name), lines: lines, shape: .cylinder, role: .security)))
        }
        for (index, endpoint) in resolved.privateEndpoints.enumerated() {
            let target = switch endpoint.target {
            case .keyVault(let vault): vaultID(vault)
            case .apiManagement: endpointID(.gateway)
            }
            edges.append(.init(from: privateEndpointID(index), to: target, label: "private link"))
        }
        for (index, identity) in resolved.deployment.identities.enumerated() {
            let id = "identity\(index + 1)"
            nodes.append(.node(.init(id: id, lines: ["managed identity \(identity.name)"], shape: .rounded, role: .security)))
            for assignment in resolved.roleAssignments where assignment.identity == identity.name {
                guard let vault = assignment.vault else { continue }
                edges.append(.init(from: id, to: vaultID(vault), label: assignment.role.rawValue, dotted: true))
            }
        }
        return nodes
    }

    // MARK: Private DNS

    private mutating func dnsNodes() -> [ArchitectureGraph.Item] {
        var nodes: [ArchitectureGraph.Item] = []
        for (index, zone) in resolved.privateDNSZones.enumerated() {
            let id = "dnsZone\(index + 1)"
            var lines = ["private DNS zone \(zone.name)"]
            if let network = resolved.virtualNetwork { lines.append("linked to \(network.name) as \(zone.linkName ?? "\(network.name)-link")") }
            for record in zone.records {
                let host = record.name == "@" ? zone.name : "\(record.name).\(zone.name)"
                switch record.target {
                case .apiManagementPrivateIP:
                    if let endpoint = topology.endpoint(forHost: host) {
                        edges.append(.init(from: id, to: endpointID(endpoint.kind), label: "A \(record.name)", dotted: true))
                    } else {
                        lines.append("A \(record.name) → API Management private IP")
                    }
                case .addresses(let addresses):
                    // The full name: a record under the zone may stand for a host nothing else in the diagram names.
                    lines.append("A \(host) → \(addresses.joined(separator: ", "))")
                }
            }
            for (endpointIndex, endpoint) in resolved.privateEndpoints.enumerated() where endpoint.dnsZone == zone.name {
                edges.append(.init(from: id, to: privateEndpointID(endpointIndex), label: "A \(endpoint.target.name)", dotted: true))
            }
            nodes.append(.node(.init(id: id, lines: lines, shape: .cylinder, role: .dns)))
        }
        return nodes
    }

    // MARK: Network

    private func subnetTitle(_ subnet: Subnet) -> [String] {
        var lines = ["subnet \(subnet.name) (\(subnet.addressPrefix.text))"]
        if let nsg = subnet.networkSecurityGroup {
            let ports = topology.allowedInboundPorts(nsg)
            lines.append("NSG \(nsg.name)" + (ports.isEmpty ? ": no inbound allow rules" : ": inbound " + ports.joined(separator: ", ")))
        }
        return lines
    }
}
