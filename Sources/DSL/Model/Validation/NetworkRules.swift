/// Address plan, subnets, NSGs, routes and DNS.
extension ValidationContext {
    mutating func checkNetwork() {
        for ip in deployment.publicIPs { checkZones(ip.zones, of: "public IP '\(ip.name)'", at: ip.location) }
        checkDNSZones()
        checkPrivateDNSShadowing()
        guard let network = deployment.virtualNetwork else {
            if deployment.applicationGateway != nil {
                error("an Application Gateway needs a virtual network; declare VirtualNetwork(…) with a subnet of role .applicationGateway", at: deployment.applicationGateway!.location)
            }
            return
        }
        checkName(network.name, .virtualNetwork, at: network.location)
        if network.addressSpace.isEmpty { error("virtual network '\(network.name)' needs an address space", at: network.location) }
        for (index, prefix) in network.addressSpace.enumerated() {
            if let problem = prefix.problem { error("invalid address space '\(prefix)': \(problem)", at: network.location); continue }
            // Azure rejects a virtual network whose address prefixes overlap each other.
            if let other = network.addressSpace[..<index].first(where: { $0.parsed != nil && $0.overlaps(prefix) }) {
                error("the virtual network's address spaces \(other) and \(prefix) overlap", at: network.location,
                      notes: [.init("give each address space its own range, or keep only the larger one")])
            }
        }
        for server in network.dnsServers where IPv4Address.parse(server) == nil {
            error("DNS server '\(server)' is not an IPv4 address", at: network.location)
        }
        checkUnique(network.subnets, kind: "subnet", name: \.name, location: \.location)
        for (index, subnet) in network.subnets.enumerated() {
            checkName(subnet.name, .networkResource, at: subnet.location, kind: "subnet")
            if let problem = subnet.addressPrefix.problem {
                error("invalid address prefix '\(subnet.addressPrefix)' for subnet '\(subnet.name)': \(problem)", at: subnet.location)
                continue
            }
            let validSpace = network.addressSpace.filter { $0.parsed != nil }
            if !validSpace.isEmpty, !validSpace.contains(where: { $0.contains(subnet.addressPrefix) }) {
                error("subnet '\(subnet.name)' (\(subnet.addressPrefix)) is outside the virtual network's address space \(network.addressSpace.map(\.text).joined(separator: ", "))",
                      at: subnet.location, notes: [.init("address space declared here", at: network.location)])
            }
            for other in network.subnets[..<index] where other.addressPrefix.parsed != nil && other.addressPrefix.overlaps(subnet.addressPrefix) {
                error("subnet '\(subnet.name)' (\(subnet.addressPrefix)) overlaps subnet '\(other.name)' (\(other.addressPrefix))",
                      at: subnet.location, notes: [.init("'\(other.name)' declared here", at: other.location)])
            }
            if let nsg = subnet.networkSecurityGroup { checkSecurityGroup(nsg, of: subnet) }
            if let table = subnet.routeTable { checkRouteTable(table, of: subnet) }
        }
        // A duplicated subnet is reported once, not again through its derived NSG's name.
        var seenSubnets = Set<String>()
        let groups = network.subnets.filter { seenSubnets.insert($0.name.lowercased()).inserted }.compactMap(\.networkSecurityGroup)
        checkUnique(groups, kind: "network security group", name: \.name, location: \.location)
    }

    mutating func checkZones(_ zones: [Int], of what: String, at location: SourceLocation) {
        if let bad = zones.first(where: { !(1...3).contains($0) }) {
            error("\(what) lists availability zone \(bad); zones are 1, 2 and 3", at: location)
        }
        if Set(zones).count != zones.count { error("\(what) lists an availability zone twice", at: location) }
    }

    private mutating func checkSecurityGroup(_ nsg: NetworkSecurityGroup, of subnet: Subnet) {
        checkName(nsg.name, .networkResource, at: nsg.location, kind: "network security group")
        checkUnique(nsg.rules, kind: "security rule", name: \.name, location: \.location)
        var priorities: [String: SecurityRule] = [:]
        for rule in nsg.rules {
            checkName(rule.name, .networkResource, at: rule.location, kind: "security rule")
            if !(100...4096).contains(rule.priority) {
                error("security rule '\(rule.name)' has priority \(rule.priority); NSG priorities are 100 to 4096", at: rule.location)
            }
            let key = "\(rule.direction.rawValue)-\(rule.priority)"
            if let other = priorities[key] {
                error("security rules '\(other.name)' and '\(rule.name)' share \(rule.direction.rawValue.lowercased()) priority \(rule.priority)",
                      at: rule.location, notes: [.init("'\(other.name)' declared here", at: other.location)])
            } else {
                priorities[key] = rule
            }
            if rule.destinationPorts.isEmpty { error("security rule '\(rule.name)' needs at least one destination port (or .any)", at: rule.location) }
            for port in rule.destinationPorts + [rule.sourcePorts] {
                if let problem = port.problem { error("security rule '\(rule.name)': \(problem)", at: rule.location) }
            }
            for endpoint in [rule.source, rule.destination] {
                if case .regionalServiceTag(let tag, let region) = endpoint, !AzureRegion(region).isKnown {
                    error("security rule '\(rule.name)': '\(tag.rawValue).\(region)' names no Azure region", at: rule.location,
                          notes: [.init("regional service tags take the region's name, as in \(tag.rawValue).WestUS or \(tag.rawValue).WestEurope")])
                }
                if case .prefix(let prefix) = endpoint, let problem = prefix.problem {
                    error("security rule '\(rule.name)': '\(prefix)' is neither a service tag, '*', nor a valid range: \(problem)", at: rule.location,
                          notes: [.init("service tags: \(ServiceTag.allCases.map(\.rawValue).joined(separator: ", "))")])
                }
            }
        }
        guard nsg.requiredRules == .manual else { return }
        for required in RequiredSecurityRules.rules(for: subnet, in: deployment) where !RequiredSecurityRules.isCovered(required, by: nsg.rules) {
            let ports = required.ports.map(\.description).joined(separator: ", ")
            let message = "network security group '\(nsg.name)' does not allow \(required.direction.rawValue.lowercased()) \(required.protocol == .any ? "" : required.protocol.rawValue.uppercased() + " ")port \(ports) from \(required.source) to \(required.destination), which \(required.reason) needs"
            let notes: [Diagnostic.Note] = [.init("add SecurityRule(\"\(required.name)\", priority: …, .\(required.direction == .inbound ? "inbound" : "outbound"), from: \"\(required.source)\", to: \"\(required.destination)\", ports: \(ports)), or use requiredRules: .derive")]
            if required.essential { error(message, at: nsg.location, notes: notes) } else { warning(message, at: nsg.location, notes: notes) }
        }
    }

    private mutating func checkRouteTable(_ table: RouteTable, of subnet: Subnet) {
        checkName(table.name, .networkResource, at: table.location, kind: "route table")
        checkUnique(table.routes, kind: "route", name: \.name, location: \.location)
        for route in table.routes {
            if let problem = route.addressPrefix.problem { error("route '\(route.name)': invalid prefix '\(route.addressPrefix)': \(problem)", at: route.location) }
            if case .virtualAppliance(let address) = route.nextHop, IPv4Address.parse(address) == nil {
                error("route '\(route.name)': next hop '\(address)' is not an IPv4 address", at: route.location)
            }
            if subnet.role == .applicationGateway, route.addressPrefix.text == "0.0.0.0/0", case .virtualAppliance = route.nextHop {
                error("route '\(route.name)' sends 0.0.0.0/0 from the gateway subnet to a virtual appliance; Application Gateway v2 loses its management traffic and fails",
                      at: route.location, notes: [.init("use next hop .internet for 0.0.0.0/0 on the gateway subnet, and route only specific prefixes through the appliance")])
            }
        }
    }

    private mutating func checkDNSZones() {
        for zone in deployment.privateDNSZones {
            checkUnique(zone.records, kind: "DNS record in \(zone.name)", name: \.name, location: \.location)
            for record in zone.records {
                if record.ttl < 1 || record.ttl > 2_147_483_647 { error("DNS record '\(record.name)': TTL \(record.ttl) is outside 1-2147483647 seconds", at: record.location) }
                if case .addresses(let addresses) = record.target, let bad = addresses.first(where: { IPv4Address.parse($0) == nil }) {
                    error("DNS record '\(record.name)': '\(bad)' is not an IPv4 address", at: record.location)
                }
            }
        }
    }
}
