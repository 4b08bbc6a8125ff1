import DSL

/// `network.tf`: the virtual network, its subnets with their NSGs and route tables, and the
/// public IP addresses.
extension TerraformContext {
    var networkFile: HCLFile {
        var items: [HCLBodyItem] = []
        if let network = deployment.virtualNetwork {
            items.append(virtualNetwork(network))
            for subnet in network.subnets {
                items.append(self.subnet(subnet, in: network))
            }
            for subnet in network.subnets {
                if let nsg = subnet.networkSecurityGroup {
                    items += securityGroup(nsg, for: subnet)
                }
                if let table = subnet.routeTable {
                    items += routeTable(table, for: subnet)
                }
            }
        }
        for ip in deployment.publicIPs {
            items.append(publicIP(ip))
        }
        return HCLFile(items)
    }

    private func virtualNetwork(_ network: VirtualNetwork) -> HCLBodyItem {
        var body = placement(network.name)
        body.append(TF.attr("address_space", TF.strings(network.addressSpace.map(\.text))))
        if !network.dnsServers.isEmpty {
            body.append(TF.attr("dns_servers", TF.strings(network.dnsServers)))
        }
        return TF.resource("azurerm_virtual_network", TerraformNames.main, body + tags)
    }

    private func subnet(_ subnet: Subnet, in network: VirtualNetwork) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("name", .string(subnet.name)),
            TF.attr("resource_group_name", resourceGroupName),
            TF.attr("virtual_network_name", TF.ref("azurerm_virtual_network", TerraformNames.main, "name")),
            TF.attr("address_prefixes", TF.strings([subnet.addressPrefix.text])),
        ]
        if let service = resolved.delegation(ofSubnet: subnet.name) {
            body.append(.blankLine)
            body.append(TF.block("delegation", body: [
                TF.attr("name", .string(service.replacingOccurrences(of: "/", with: "."))),
                TF.block("service_delegation", body: [TF.attr("name", .string(service))]),
            ]))
        }
        return TF.resource("azurerm_subnet", names.subnet(subnet.name), body)
    }

    private func securityGroup(_ nsg: NetworkSecurityGroup, for subnet: Subnet) -> [HCLBodyItem] {
        let key = names.subnet(subnet.name)
        let rules = nsg.rules.sorted { ($0.direction.rawValue, $0.priority) < ($1.direction.rawValue, $1.priority) }
        var body = skips(for: rules, in: subnet) + placement(nsg.name)
        for rule in rules {
            body.append(.blankLine)
            body.append(securityRule(rule))
        }
        return [
            TF.resource("azurerm_network_security_group", key, body + tags),
            TF.resource("azurerm_subnet_network_security_group_association", key, [
                TF.attr("subnet_id", subnetID(subnet.name)),
                TF.attr("network_security_group_id", TF.ref("azurerm_network_security_group", key, "id")),
            ]),
        ]
    }

    /// Inline skips for checks that flag traffic the manifest deliberately allows.
    private func skips(for rules: [SecurityRule], in subnet: Subnet) -> [HCLBodyItem] {
        let fromInternet = rules.filter {
            $0.direction == .inbound && $0.access == .allow && ($0.source == .any || $0.source == .serviceTag(.internet))
        }
        var items: [HCLBodyItem] = []
        if fromInternet.contains(where: { rule in rule.destinationPorts.contains { $0.contains(80) } }) {
            let listeners = deployment.applicationGateway?.listeners.filter { $0.protocol == .http && $0.frontend == .public } ?? []
            let reason = subnet.role == .applicationGateway && !listeners.isEmpty && listeners.allSatisfy(redirectsOnly)
                ? "port 80 reaches only the gateway's HTTP listeners, which redirect to HTTPS"
                : "the manifest allows HTTP from the internet on purpose"
            items.append(.directive("checkov:skip=CKV_AZURE_160: \(reason)"))
        }
        return items
    }

    /// Whether every rule on the listener only redirects (HTTP → HTTPS).
    func redirectsOnly(_ listener: Listener) -> Bool {
        let rules = deployment.applicationGateway?.rules.filter { $0.listener == listener.name } ?? []
        return !rules.isEmpty && rules.allSatisfy { if case .redirect = $0.action { true } else { false } }
    }

    private func securityRule(_ rule: SecurityRule) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("name", .string(rule.name))]
        if let description = rule.description ?? rule.reason {
            body.append(TF.attr("description", .string(description)))
        }
        body += [
            TF.attr("priority", .number(rule.priority)),
            TF.attr("direction", .string(rule.direction.rawValue)),
            TF.attr("access", .string(rule.access.rawValue)),
            TF.attr("protocol", .string(rule.protocol.rawValue)),
            TF.attr("source_port_range", .string(rule.sourcePorts.description)),
        ]
        if rule.destinationPorts.count == 1 {
            body.append(TF.attr("destination_port_range", .string(rule.destinationPorts[0].description)))
        } else {
            body.append(TF.attr("destination_port_ranges", TF.strings(rule.destinationPorts.map(\.description))))
        }
        body += [
            TF.attr("source_address_prefix", .string(rule.source.description)),
            TF.attr("destination_address_prefix", .string(rule.destination.description)),
        ]
        return TF.block("security_rule", body: body)
    }

    private func routeTable(_ table: RouteTable, for subnet: Subnet) -> [HCLBodyItem] {
        let key = names.subnet(subnet.name)
        var body = placement(table.name)
        for route in table.routes {
            var routeBody: [HCLBodyItem] = [
                TF.attr("name", .string(route.name)),
                TF.attr("address_prefix", .string(route.addressPrefix.text)),
            ]
            switch route.nextHop {
            case .internet: routeBody.append(TF.attr("next_hop_type", "Internet"))
            case .virtualNetwork: routeBody.append(TF.attr("next_hop_type", "VnetLocal"))
            case .none: routeBody.append(TF.attr("next_hop_type", "None"))
            case .virtualAppliance(let address):
                routeBody.append(TF.attr("next_hop_type", "VirtualAppliance"))
                routeBody.append(TF.attr("next_hop_in_ip_address", .string(address)))
            }
            body.append(.blankLine)
            body.append(TF.block("route", body: routeBody))
        }
        return [
            TF.resource("azurerm_route_table", key, body + tags),
            TF.resource("azurerm_subnet_route_table_association", key, [
                TF.attr("subnet_id", subnetID(subnet.name)),
                TF.attr("route_table_id", TF.ref("azurerm_route_table", key, "id")),
            ]),
        ]
    }

    private func publicIP(_ ip: PublicIPAddress) -> HCLBodyItem {
        var body = placement(ip.name)
        body += [
            TF.attr("allocation_method", "Static"),
            TF.attr("sku", "Standard"),
        ]
        if !ip.zones.isEmpty { body.append(TF.attr("zones", TF.zones(ip.zones))) }
        if let label = ip.domainNameLabel { body.append(TF.attr("domain_name_label", environment.value(.publicIPDomainLabel(ip.name), or: label))) }
        if ip.ddosProtection != .virtualNetworkInherited { body.append(TF.attr("ddos_protection_mode", .string(ip.ddosProtection.rawValue))) }
        return TF.resource("azurerm_public_ip", names.publicIP(ip.name), body + tags)
    }
}
