import DSL

extension Runbook {
    /// One request to send through the gateway and the status it must return.
    struct RequestCheck {
        var listener: Listener
        var host: String
        var path: String
        var expected: String
        var why: String

        var url: String { "\(listener.protocol == .https ? "https" : "http")://\(host)\(path)" }
    }

    /// Backend health (Az PowerShell and Azure CLI), `curl --resolve` per host name and path,
    /// and `nslookup` from inside the virtual network.
    var verificationSection: [MarkdownBlock] {
        guard let gateway = topology.gateway else { return [] }
        var blocks: [MarkdownBlock] = [.heading(2, ["Verification after deployment"]), .heading(3, ["Backend health"])]
        let filled = gateway.backendPools.filter { !$0.targets.isEmpty }, empty = gateway.backendPools.filter { $0.targets.isEmpty }
        var expectation: [MarkdownInline] = ["Every server of "] + filled.map { MarkdownInline.code($0.name) }.joinedInlines(", ", last: " and ") + [" must report ", .code("Healthy"), "."]
        if !empty.isEmpty { expectation += [" "] + empty.map { MarkdownInline.code($0.name) }.joinedInlines(", ", last: " and ") + [" has no servers on purpose (it answers 502 for unpublished paths)."] }
        expectation += [" An ", .code("Unhealthy"), " server's probe log says why; see the pitfalls below."]
        blocks.append(.paragraph(expectation))

        let rg = resolved.resourceGroup
        let health: [PSStatement] = [
            .assign(.variable("health"), .command(PSCommand("Get-AzApplicationGatewayBackendHealth", [.named("ResourceGroupName", .string(rg)), .named("Name", .string(gateway.name))]))),
            .expression(.pipeline([
                .member(.member(.member(.variable("health"), "BackendAddressPools"), "BackendHttpSettingsCollection"), "Servers"),
                .command(PSCommand("Select-Object", [.named("Property", .array(["Address", "Health", "HealthProbeLog"]))])),
            ])),
        ]
        blocks.append(.code(language: "powershell", PowerShellWriter().render(health)))
        blocks.append(.code(language: "bash", ShellWriter().render([
            .command(ShellCommand(["az", "network", "application-gateway", "show-backend-health", "--resource-group", .literal(rg), "--name", .literal(gateway.name),
                                   "--query", "backendAddressPools[].backendHttpSettingsCollection[].servers[].{address: address, health: health}", "--output", "table"])),
        ])))

        let checks = requestChecks(gateway)
        if !checks.isEmpty {
            blocks.append(.heading(3, ["Requests through the gateway"]))
            blocks.append(.paragraph(["Send each request to the gateway with ", .code("curl --resolve"), ", which works before the public DNS records exist. If a certificate is not publicly trusted, add ", .code("--cacert"), " with its root."]))
            blocks.append(.table(MarkdownTable(header: [["URL"], ["Listener"], ["Expected status"], ["Why"]], rows: checks.map {
                [[.code($0.url)], [.code($0.listener.name)], [.strong([.text($0.expected)])], [.text($0.why)]]
            })))
            var script: [ShellStatement] = []
            if let name = gateway.frontend.publicIP, checks.contains(where: { $0.listener.frontend == .public }) {
                script.append(.assignment("PUBLIC_IP", .substitution(ShellCommand(["az", "network", "public-ip", "show", "--resource-group", .literal(rg), "--name", .literal(name), "--query", "ipAddress", "--output", "tsv"]))))
            }
            for check in checks {
                let address: [ShellWord.Part] = check.listener.frontend == .public ? [.variable("PUBLIC_IP")] : [.text(gateway.frontend.privateIPAddress ?? "")]
                script.append(.comment("expect \(check.expected)"))
                script.append(.command(ShellCommand(["curl", "--silent", "--output", "/dev/null", "--write-out", "%{http_code}\\n",
                                                     "--resolve", .template([.text("\(check.host):\(check.listener.port):")] + address), .literal(check.url)])))
            }
            blocks.append(.code(language: "bash", ShellWriter().render(script)))
        }
        blocks += directCallCheck
        blocks += resolutionChecks
        return blocks
    }

    /// The gateway-only restriction resolve added to the global policy, tried from outside:
    /// a request to the service's own host must be refused.
    private var directCallCheck: [MarkdownBlock] {
        guard let restriction = resolved.gatewayOnlyRestriction, let apim = resolved.apiManagement, let host = apim.defaultHost(.gateway) else { return [] }
        let api = apim.content.apis.first { $0.exposure == .external } ?? apim.content.apis.first
        let url = "https://\(host)/\(api?.path ?? "")"
        let why: [MarkdownInline]
        switch restriction {
        case .ipFilter: why = ["its global ", .code("ip-filter"), " admits only the gateway's public IP (named value ", .code("gateway-public-ip"), ")"]
        case .privateEndpoint: why = ["its global policy answers 403 to every request that does not arrive through a private endpoint (", .code("context.Request.PrivateEndpointConnection"), " is null), and the gateway arrives through ", .code(resolved.privateEndpoints.first { if case .apiManagement = $0.target { true } else { false } }?.name ?? "its private endpoint")]
        case .checkHeader(let header, let namedValue): why = ["its global ", .code("check-header"), " requires ", .code(header), " to carry the secret named value ", .code(namedValue), ", which only the gateway adds"]
        case .none, .automatic: return []
        }
        return [
            .heading(3, ["Direct calls around the gateway"]),
            .paragraph(["API Management's own host ", .code(host), " answers on the internet, but only the gateway gets through: "] + why
                + [". From a machine outside the virtual network, a direct call must get ", .strong(["403"]), "; anything else means the WAF can be bypassed."]),
            .code(language: "bash", ShellWriter().render([
                .comment("expect 403"),
                .command(ShellCommand(["curl", "--silent", "--output", "/dev/null", "--write-out", "%{http_code}\\n", .literal(url)])),
            ])),
        ]
    }

    private func requestChecks(_ gateway: ApplicationGateway) -> [RequestCheck] {
        var checks: [RequestCheck] = []
        let apis = topology.apiManagement?.content.apis ?? []
        let index = APIPathIndex(apis)
        for listener in gateway.listeners {
            for host in listener.hostNames {
                for rule in topology.rules(of: listener) {
                    switch topology.route(of: rule) {
                    case .forward(let pool, _, let settings, _):
                        checks.append(check(listener, host, path: topology.probe(of: settings)?.path ?? "/", pool: pool))
                    case .pathBased(let map, _):
                        guard let map else { continue }
                        var published = Set<String>()
                        for pathRule in map.pathRules {
                            for pattern in pathRule.paths {
                                let matching = index.apis(matching: pattern)
                                let paths = matching.isEmpty ? [String(pattern.hasSuffix("*") ? pattern.dropLast() : pattern[...])] : matching.map { "/" + $0.path }
                                for (offset, path) in paths.enumerated() {
                                    published.insert(path)
                                    let api = matching.isEmpty ? nil : matching[offset]
                                    let target = api.map { "API \($0.name)" } ?? "API Management"
                                    checks.append(RequestCheck(listener: listener, host: host, path: path, expected: "401 or 404",
                                                               why: "published by \(pathRule.name): \(target) answers (no subscription key, or no operation at this path); 502 means the backend is unhealthy"))
                                }
                            }
                        }
                        let patterns = PathPatterns(map.pathRules.flatMap(\.paths))
                        let unpublished = apis.map { "/" + $0.path }.filter { !patterns.match($0) }
                        let probePath = topology.probe(of: topology.gateway?.settings(named: map.defaultSettings))?.path
                        for path in (probePath.map { [$0] } ?? []) + unpublished where !published.contains(path) {
                            checks.append(check(listener, host, path: path, pool: topology.gateway?.pool(named: map.defaultPool)))
                        }
                    case .redirect(let redirect, _):
                        guard let redirect else { continue }
                        let code = switch redirect.type {
                        case .permanent: "301"
                        case .found: "302"
                        case .seeOther: "303"
                        case .temporary: "307"
                        }
                        let target = switch redirect.target {
                        case .listener(let name): "listener \(name)"
                        case .url(let url): url
                        }
                        checks.append(RequestCheck(listener: listener, host: host, path: "/", expected: code, why: "\(redirect.name) redirects to \(target)"))
                    }
                }
            }
        }
        return checks
    }

    private func check(_ listener: Listener, _ host: String, path: String, pool: BackendPool?) -> RequestCheck {
        guard let pool, !pool.targets.isEmpty else {
            return RequestCheck(listener: listener, host: host, path: path, expected: "502", why: "not published: \(pool?.name ?? "the default pool") has no targets")
        }
        let target = pool.fqdns.first.flatMap(topology.endpoint(forHost:)).map { "API Management \($0.title.lowercased())" } ?? "the backend"
        return RequestCheck(listener: listener, host: host, path: path, expected: "200", why: "\(target) answers on its health path")
    }

    /// Application Gateway path patterns: a trailing `*` matches any rest of the path.
    static func path(_ path: String, matches pattern: String) -> Bool {
        pattern.hasSuffix("*") ? path.hasPrefix(String(pattern.dropLast())) : path == pattern
    }

    /// The APIs by gateway path (`/` + path), for finding those a pattern matches without
    /// scanning every API per pattern: an exact pattern is a lookup, a `prefix*` one a binary
    /// search in the sorted paths. Matches come back in declaration order.
    struct APIPathIndex {
        private let sorted: [(path: String, order: Int, api: API)]

        init(_ apis: [API]) {
            sorted = apis.enumerated().map { ("/" + $0.element.path, $0.offset, $0.element) }.sorted { ($0.path, $0.order) < ($1.path, $1.order) }
        }

        func apis(matching pattern: String) -> [API] {
            let wildcard = pattern.hasSuffix("*"), prefix = wildcard ? String(pattern.dropLast()) : pattern
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle].path < prefix { low = middle + 1 } else { high = middle }
            }
            var found: [(order: Int, api: API)] = []
            while low < sorted.count, wildcard ? sorted[low].path.hasPrefix(prefix) : sorted[low].path == prefix {
                found.append((sorted[low].order, sorted[low].api))
                low += 1
            }
            return found.sorted { $0.order < $1.order }.map(\.api)
        }
    }

    /// A path map's patterns, asked whether any matches a path in time linear in the path's
    /// length: exact patterns in a set, and a path's prefixes looked up among the `prefix*` ones.
    struct PathPatterns {
        private var exact = Set<String>(), prefixes = Set<String>()

        init(_ patterns: [String]) {
            for pattern in patterns {
                if pattern.hasSuffix("*") { prefixes.insert(String(pattern.dropLast())) } else { exact.insert(pattern) }
            }
        }

        func match(_ path: String) -> Bool {
            if exact.contains(path) { return true }
            guard !prefixes.isEmpty else { return false }
            var prefix = ""
            if prefixes.contains(prefix) { return true }
            for character in path {
                prefix.append(character)
                if prefixes.contains(prefix) { return true }
            }
            return false
        }
    }

    private var resolutionChecks: [MarkdownBlock] {
        var script: [ShellStatement] = []
        var rows: [[[MarkdownInline]]] = []
        let zones = resolved.privateDNSZones
        if let apim = topology.apiManagement, zones.contains(where: { $0.records.contains { $0.target == .apiManagementPrivateIP } }) {
            script.append(.assignment("APIM_IP", .substitution(ShellCommand(["az", "apim", "show", "--resource-group", .literal(resolved.resourceGroup), "--name", .literal(apim.name),
                                                                                "--query", "privateIpAddresses[0]", "--output", "tsv"]))))
        }
        for zone in zones {
            for record in zone.records {
                let host = record.name == "@" ? zone.name : "\(record.name).\(zone.name)"
                let expected = switch record.target {
                case .apiManagementPrivateIP: "the API Management private IP ($APIM_IP)"
                case .addresses(let addresses): addresses.joined(separator: ", ")
                }
                rows.append([[.code(host)], [.text(expected)]])
                script.append(.comment("expect \(expected)"))
                script.append(.command(ShellCommand("nslookup", host)))
            }
        }
        for endpoint in resolved.privateEndpoints {
            let host = endpoint.targetHost
            let prefix = topology.subnet(named: endpoint.subnet).map { " (\($0.addressPrefix.text))" } ?? ""
            let expected = "a private address of subnet \(endpoint.subnet)\(prefix), through \(endpoint.recordName)"
            rows.append([[.code(host)], [.text(expected)]])
            script.append(.comment("expect \(expected)"))
            script.append(.command(ShellCommand("nslookup", host)))
        }
        guard !rows.isEmpty else { return [] }
        return [
            .heading(3, ["Name resolution inside the virtual network"]),
            .paragraph(["Run these from a VM in ", .code(resolved.virtualNetwork?.name ?? "the virtual network"),
                        " (for example with ", .code("az vm run-command invoke"), "); from outside, the private names do not resolve."]),
            .table(MarkdownTable(header: [["Name"], ["Must resolve to"]], rows: rows)),
            .code(language: "bash", ShellWriter().render(script)),
        ]
    }
}
