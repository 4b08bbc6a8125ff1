import DSL

/// `dns.tf`: private DNS zones linked to the virtual network, and their A records (the API
/// Management host names resolve to its private address inside the network).
extension TerraformContext {
    var dnsFile: HCLFile {
        var items: [HCLBodyItem] = []
        for zone in deployment.privateDNSZones {
            let key = names.dnsZone(zone.name)
            items.append(TF.resource("azurerm_private_dns_zone", key, [
                TF.attr("name", .string(zone.name)),
                TF.attr("resource_group_name", resourceGroupName),
            ] + tags))
            if deployment.virtualNetwork != nil, let link = zone.linkName {
                items.append(TF.resource("azurerm_private_dns_zone_virtual_network_link", key, [
                    TF.attr("name", .string(link)),
                    TF.attr("resource_group_name", resourceGroupName),
                    TF.attr("private_dns_zone_name", TF.ref("azurerm_private_dns_zone", key, "name")),
                    TF.attr("virtual_network_id", TF.ref("azurerm_virtual_network", TerraformNames.main, "id")),
                    TF.attr("registration_enabled", .bool(zone.autoRegistration)),
                ] + tags))
            }
            for record in zone.records {
                items.append(aRecord(record, in: zone))
            }
        }
        return HCLFile(items)
    }

    private func aRecord(_ record: DNSRecord, in zone: PrivateDNSZone) -> HCLBodyItem {
        let records: HCLExpression = switch record.target {
        case .apiManagementPrivateIP: .list([TF.ref("azurerm_api_management", TerraformNames.main, "private_ip_addresses[0]")])
        case .addresses(let addresses): TF.strings(addresses)
        }
        return TF.resource("azurerm_private_dns_a_record", names.dnsRecord(zone: zone.name, record: record.name), [
            TF.attr("name", record.target == .apiManagementPrivateIP ? environment.dnsRecordName(record.name, zone: zone.name) : .string(record.name)),
            TF.attr("resource_group_name", resourceGroupName),
            TF.attr("zone_name", TF.ref("azurerm_private_dns_zone", names.dnsZone(zone.name), "name")),
            TF.attr("ttl", .number(record.ttl)),
            TF.attr("records", records),
        ] + tags)
    }
}
