import DSL

/// NSGs, route tables, the virtual network with its subnets inline, and public IPs.
extension RMTemplateBuilder {
    mutating func addNetwork() {
        guard let network = resolved.virtualNetwork, let vnetSymbol = symbols.virtualNetwork else { return addPublicIPs() }
        var declaredNSGs: Set<String> = [], declaredTables: Set<String> = []
        for subnet in network.subnets {
            if let nsg = subnet.networkSecurityGroup, declaredNSGs.insert(nsg.name).inserted {
                var body = regionalBody()
                body.set("properties", ["securityRules": .array(nsg.rules.map(Self.securityRule))])
                add(RMResource(symbols.networkSecurityGroups[nsg.name]!, body: body))
            }
            if let table = subnet.routeTable, declaredTables.insert(table.name).inserted {
                var body = regionalBody()
                body.set("properties", ["routes": .array(table.routes.map(Self.route))])
                add(RMResource(symbols.routeTables[table.name]!, body: body))
            }
        }

        var properties = RMObject()
        properties.set("addressSpace", ["addressPrefixes": .array(network.addressSpace.map { .string($0.text) })])
        if !network.dnsServers.isEmpty {
            properties.set("dhcpOptions", ["dnsServers": .array(network.dnsServers.map(RMExpression.string))])
        }
        properties.set("subnets", .array(network.subnets.map(subnet)))
        var body = regionalBody()
        body.set("properties", .object(properties))
        add(RMResource(vnetSymbol, body: body))
        addPublicIPs()
    }

    private func subnet(_ subnet: Subnet) -> RMExpression {
        var properties = RMObject()
        properties.set("addressPrefix", .string(subnet.addressPrefix.text))
        if let nsg = subnet.networkSecurityGroup {
            properties.set("networkSecurityGroup", Self.idReference(.resourceID(symbols.networkSecurityGroups[nsg.name]!)))
        }
        if let table = subnet.routeTable {
            properties.set("routeTable", Self.idReference(.resourceID(symbols.routeTables[table.name]!)))
        }
        if let service = resolved.delegation(ofSubnet: subnet.name) {
            properties.set("delegations", [["name": .string(service.replacingOccurrences(of: "/", with: ".")), "properties": ["serviceName": .string(service)]]])
        }
        return ["name": .string(subnet.name), "properties": .object(properties)]
    }

    /// An NSG rule, with the singular or plural port and prefix property each value needs.
    static func securityRule(_ rule: SecurityRule) -> RMExpression {
        var properties = RMObject()
        properties.set("description", ifPresent: rule.description.map(RMExpression.string))
        properties.set("protocol", .string(rule.protocol.rawValue))
        properties.set("sourcePortRange", .string(rule.sourcePorts.description))
        if rule.destinationPorts.count == 1 {
            properties.set("destinationPortRange", .string(rule.destinationPorts[0].description))
        } else {
            properties.set("destinationPortRanges", .array(rule.destinationPorts.map { .string($0.description) }))
        }
        properties.set("sourceAddressPrefix", .string(rule.source.description))
        properties.set("destinationAddressPrefix", .string(rule.destination.description))
        properties.set("access", .string(rule.access.rawValue))
        properties.set("priority", .int(rule.priority))
        properties.set("direction", .string(rule.direction.rawValue))
        return ["name": .string(rule.name), "properties": .object(properties)]
    }

    static func route(_ route: Route) -> RMExpression {
        var properties = RMObject()
        properties.set("addressPrefix", .string(route.addressPrefix.text))
        switch route.nextHop {
        case .internet: properties.set("nextHopType", "Internet")
        case .virtualNetwork: properties.set("nextHopType", "VnetLocal")
        case .none: properties.set("nextHopType", "None")
        case .virtualAppliance(let address):
            properties.set("nextHopType", "VirtualAppliance")
            properties.set("nextHopIpAddress", .string(address))
        }
        return ["name": .string(route.name), "properties": .object(properties)]
    }

    private mutating func addPublicIPs() {
        for ip in resolved.publicIPs {
            var body = regionalBody()
            body.set("sku", ["name": "Standard", "tier": "Regional"])
            if !ip.zones.isEmpty { body.set("zones", Self.zones(ip.zones)) }
            var properties = RMObject()
            properties.set("publicIPAddressVersion", "IPv4")
            properties.set("publicIPAllocationMethod", "Static")
            if let label = ip.domainNameLabel {
                properties.set("dnsSettings", ["domainNameLabel": environment.value(.publicIPDomainLabel(ip.name), or: label)])
            }
            if ip.ddosProtection != .virtualNetworkInherited { properties.set("ddosSettings", ["protectionMode": .string(ip.ddosProtection.rawValue)]) }
            body.set("properties", .object(properties))
            add(RMResource(symbols.publicIPs[ip.name]!, body: body))
        }
    }
}
