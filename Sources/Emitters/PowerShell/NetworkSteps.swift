import DSL

/// NSGs and route tables, the virtual network and its subnets, private DNS and public IPs.
extension DeployScript {
    var subnetsWithNSG: [(subnet: Subnet, nsg: NetworkSecurityGroup)] {
        (deployment.virtualNetwork?.subnets ?? []).compactMap { subnet in subnet.networkSecurityGroup.map { (subnet, $0) } }
    }

    var networkSecurityStep: ScriptStep? {
        let routeTables = (deployment.virtualNetwork?.subnets ?? []).compactMap(\.routeTable)
        guard !subnetsWithNSG.isEmpty || !routeTables.isEmpty else { return nil }
        var statements: [PSStatement] = []
        if !subnetsWithNSG.isEmpty { statements.append(ScriptIdioms.declare("networkSecurityGroups")) }
        for (_, nsg) in subnetsWithNSG {
            let variable = ScriptIdioms.item("networkSecurityGroups", nsg.name)
            var arguments: [PSArgument] = [.named("Name", .string(nsg.name)), ScriptIdioms.resourceGroup, ScriptIdioms.location]
            if !nsg.rules.isEmpty {
                arguments.append(.named("SecurityRules", .arrayBlock(nsg.rules.map { .command(securityRule($0)) })))
            }
            let derived = nsg.rules.filter { $0.reason != nil }.map(\.name)
            if !derived.isEmpty {
                statements.append(ScriptIdioms.comment("\(nsg.name): gen added the rules the subnet's role needs: \(derived.joined(separator: ", "))."))
            }
            statements += ScriptIdioms.apply(
                variable, "network security group", target: .string(nsg.name),
                get: PSCommand("Get-AzNetworkSecurityGroup", [.named("Name", .string(nsg.name)), ScriptIdioms.resourceGroup]),
                create: PSCommand("New-AzNetworkSecurityGroup", arguments + tagArguments + [.switch("Force")]))
        }
        if !routeTables.isEmpty { statements.append(ScriptIdioms.declare("routeTables")) }
        for table in routeTables {
            var arguments: [PSArgument] = [.named("Name", .string(table.name)), ScriptIdioms.resourceGroup, ScriptIdioms.location]
            if !table.routes.isEmpty { arguments.append(.named("Route", .arrayBlock(table.routes.map { .command(route($0)) }))) }
            statements += ScriptIdioms.apply(
                ScriptIdioms.item("routeTables", table.name), "route table", target: .string(table.name),
                get: PSCommand("Get-AzRouteTable", [.named("Name", .string(table.name)), ScriptIdioms.resourceGroup]),
                create: PSCommand("New-AzRouteTable", arguments + tagArguments + [.switch("Force")]))
        }
        return ScriptStep(title: routeTables.isEmpty ? "Network security groups" : "Network security groups and route tables", statements: statements)
    }

    func securityRule(_ rule: SecurityRule) -> PSCommand {
        var arguments: [PSArgument] = [.named("Name", .string(rule.name))]
        if let description = rule.description ?? rule.reason { arguments.append(.named("Description", .string(description))) }
        arguments += [
            .named("Access", .bareword(rule.access.rawValue)),
            .named("Protocol", .bareword(rule.protocol.rawValue)),
            .named("Direction", .bareword(rule.direction.rawValue)),
            .named("Priority", .int(rule.priority)),
            .named("SourceAddressPrefix", .string(rule.source.description)),
            .named("SourcePortRange", .string(rule.sourcePorts.description)),
            .named("DestinationAddressPrefix", .string(rule.destination.description)),
            .named("DestinationPortRange", ScriptIdioms.strings(rule.destinationPorts.map(\.description))),
        ]
        return PSCommand("New-AzNetworkSecurityRuleConfig", arguments)
    }

    func route(_ route: Route) -> PSCommand {
        var arguments: [PSArgument] = [.named("Name", .string(route.name)), .named("AddressPrefix", .string(route.addressPrefix.text))]
        switch route.nextHop {
        case .internet: arguments.append(.named("NextHopType", .bareword("Internet")))
        case .virtualNetwork: arguments.append(.named("NextHopType", .bareword("VnetLocal")))
        case .none: arguments.append(.named("NextHopType", .bareword("None")))
        case .virtualAppliance(let address):
            arguments += [.named("NextHopType", .bareword("VirtualAppliance")), .named("NextHopIpAddress", .string(address))]
        }
        return PSCommand("New-AzRouteConfig", arguments)
    }

    var virtualNetworkStep: ScriptStep? {
        guard let network = deployment.virtualNetwork else { return nil }
        let subnets: [PSExpression] = network.subnets.map { subnet in
            var arguments: [PSArgument] = [.named("Name", .string(subnet.name)), .named("AddressPrefix", .string(subnet.addressPrefix.text))]
            if let nsg = subnet.networkSecurityGroup {
                arguments.append(.named("NetworkSecurityGroup", ScriptIdioms.item("networkSecurityGroups", nsg.name)))
            }
            if let table = subnet.routeTable { arguments.append(.named("RouteTable", ScriptIdioms.item("routeTables", table.name))) }
            if let service = resolved.delegation(ofSubnet: subnet.name) {
                arguments.append(.named("Delegation", .command(PSCommand("New-AzDelegation", [
                    .named("Name", .string(service.replacingOccurrences(of: "/", with: "."))), .named("ServiceName", .string(service)),
                ]))))
            }
            return .command(PSCommand("New-AzVirtualNetworkSubnetConfig", arguments))
        }
        var arguments: [PSArgument] = [
            .named("Name", .string(network.name)), ScriptIdioms.resourceGroup, ScriptIdioms.location,
            .named("AddressPrefix", ScriptIdioms.strings(network.addressSpace.map(\.text))),
        ]
        if !subnets.isEmpty { arguments.append(.named("Subnet", .arrayBlock(subnets))) }
        if !network.dnsServers.isEmpty { arguments.append(.named("DnsServer", ScriptIdioms.strings(network.dnsServers))) }
        var statements = ScriptIdioms.ensure(
            .variable("virtualNetwork"), "virtual network", target: .string(network.name),
            get: PSCommand("Get-AzVirtualNetwork", [.named("Name", .string(network.name)), ScriptIdioms.resourceGroup]),
            create: PSCommand("New-AzVirtualNetwork", arguments + tagArguments))
        if !network.subnets.isEmpty { statements.append(ScriptIdioms.declare("subnets")) }
        for subnet in network.subnets {
            statements.append(.assign(ScriptIdioms.item("subnets", subnet.name), .command(PSCommand("Get-AzVirtualNetworkSubnetConfig", [
                .named("VirtualNetwork", .variable("virtualNetwork")), .named("Name", .string(subnet.name)),
            ]))))
        }
        return ScriptStep(title: "Virtual network and subnets", statements: statements)
    }

    /// Zones that resolve private endpoints are created with the endpoints; the others here.
    var endpointZoneNames: Set<String> { Set(resolved.privateEndpoints.map(\.dnsZone)) }

    /// Get-or-create a private DNS zone and its link to the virtual network.
    func privateDNSZone(_ zone: PrivateDNSZone) -> [PSStatement] {
        var statements = ScriptIdioms.ensure(
            ScriptIdioms.item("privateDnsZones", zone.name), "private DNS zone", target: .string(zone.name),
            get: PSCommand("Get-AzPrivateDnsZone", [ScriptIdioms.resourceGroup, .named("Name", .string(zone.name))]),
            create: PSCommand("New-AzPrivateDnsZone", [.named("Name", .string(zone.name)), ScriptIdioms.resourceGroup] + tagArguments))
        if let link = zone.linkName, deployment.virtualNetwork != nil {
            var arguments: [PSArgument] = [
                .named("ZoneName", .string(zone.name)), ScriptIdioms.resourceGroup, .named("Name", .string(link)),
                .named("VirtualNetworkId", .member(.variable("virtualNetwork"), "Id")),
            ]
            if zone.autoRegistration { arguments.append(.switch("EnableRegistration")) }
            statements += ScriptIdioms.createIfMissing(
                "private DNS zone link", target: .string(link),
                get: PSCommand("Get-AzPrivateDnsVirtualNetworkLink", [ScriptIdioms.resourceGroup, .named("ZoneName", .string(zone.name)), .named("Name", .string(link))]),
                create: PSCommand("New-AzPrivateDnsVirtualNetworkLink", arguments + tagArguments))
        }
        return statements
    }

    var privateDNSStep: ScriptStep? {
        let zones = deployment.privateDNSZones.filter { !endpointZoneNames.contains($0.name) }
        guard !zones.isEmpty else { return nil }
        var statements: [PSStatement] = []
        if endpointZoneNames.isEmpty { statements.append(ScriptIdioms.declare("privateDnsZones")) }
        if zones.contains(where: { $0.records.contains { $0.target == .apiManagementPrivateIP } }) {
            statements += [
                .assign(.variable("apimPrivateIP"), .index(.member(.variable("apiManagement"), "PrivateIPAddresses"), .int(0))),
                ScriptIdioms.information([.text("API Management private IP: "), .variable("apimPrivateIP")]),
            ]
        }
        for zone in zones {
            statements += privateDNSZone(zone)
            for record in zone.records {
                let host = environment.host(record.name == "@" ? zone.name : "\(record.name).\(zone.name)")
                let configs: [PSExpression]
                switch record.target {
                case .apiManagementPrivateIP: configs = [.variable("apimPrivateIP")]
                case .addresses(let addresses): configs = addresses.map { .string($0) }
                }
                let records = configs.map { PSExpression.command(PSCommand("New-AzPrivateDnsRecordConfig", [.named("IPv4Address", $0)])) }
                statements.append(ScriptIdioms.whenApproved(host, "Create or update private DNS A record", [
                    .assign(.null, .command(PSCommand("New-AzPrivateDnsRecordSet", [
                        .named("Name", environment.recordName(record, in: zone)), .named("RecordType", .bareword("A")), .named("ZoneName", .string(zone.name)),
                        ScriptIdioms.resourceGroup, .named("Ttl", .int(record.ttl)),
                        .named("PrivateDnsRecord", records.count == 1 ? records[0] : .arrayBlock(records)),
                        .switch("Overwrite"),
                    ]))),
                ]))
            }
        }
        return ScriptStep(title: "Private DNS zones and records", statements: statements)
    }

    var publicIPStep: ScriptStep? {
        guard !deployment.publicIPs.isEmpty else { return nil }
        var statements = [ScriptIdioms.declare("publicIPs")]
        for ip in deployment.publicIPs {
            var arguments: [PSArgument] = [
                ScriptIdioms.resourceGroup, .named("Name", .string(ip.name)), ScriptIdioms.location,
                .named("AllocationMethod", .bareword("Static")), .named("Sku", .bareword("Standard")),
            ]
            if !ip.zones.isEmpty { arguments.append(.named("Zone", zones(ip.zones))) }
            if let label = ip.domainNameLabel { arguments.append(.named("DomainNameLabel", environment.value(.publicIPDomainLabel(ip.name), or: label))) }
            if ip.ddosProtection != .virtualNetworkInherited { arguments.append(.named("DdosProtectionMode", .string(ip.ddosProtection.rawValue))) }
            statements += ScriptIdioms.ensure(
                ScriptIdioms.item("publicIPs", ip.name), "public IP address", target: .string(ip.name),
                get: PSCommand("Get-AzPublicIpAddress", [ScriptIdioms.resourceGroup, .named("Name", .string(ip.name))]),
                create: PSCommand("New-AzPublicIpAddress", arguments + tagArguments))
        }
        return ScriptStep(title: "Public IP address", statements: statements)
    }

    func zones(_ zones: [Int]) -> PSExpression { .array(zones.map { .string(String($0)) }) }
}
