import DSL

extension Runbook {
    /// Public CNAMEs to the gateway's DNS name, and the private zones' records.
    var dnsSection: [MarkdownBlock] {
        var blocks: [MarkdownBlock] = [.heading(2, ["DNS records"])]
        let publicHosts = (topology.gateway?.listeners ?? []).filter { $0.frontend == .public }.flatMap(\.hostNames)
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !publicHosts.isEmpty, let publicIP = topology.gatewayPublicIP {
            if let fqdn = topology.fqdn(of: publicIP) {
                blocks.append(.paragraph(["Create these records in the public DNS zone of each host name (outside this deployment). Use CNAMEs to the gateway's DNS name rather than A records, as the walkthrough advises."]))
                blocks.append(.table(MarkdownTable(header: [["Name"], ["Type"], ["Value"]],
                                                   rows: publicHosts.map { [[.code($0)], ["CNAME"], [.code(fqdn)]] })))
            } else {
                blocks.append(.paragraph(["Create these records in the public DNS zone of each host name (outside this deployment). The public IP ", .code(publicIP.name),
                                          " has no DNS label, so they are A records to its address; give it a ", .code("domainNameLabel"), " to use CNAMEs instead."]))
                blocks.append(.table(MarkdownTable(header: [["Name"], ["Type"], ["Value"]],
                                                   rows: publicHosts.map { [[.code($0)], ["A"], ["address of ", .code(publicIP.name)]] })))
            }
        } else {
            blocks.append(.paragraph(["No public listener host names: no public DNS records are needed."]))
        }
        var rows: [[[MarkdownInline]]] = []
        for zone in resolved.privateDNSZones {
            for record in zone.records {
                let host = record.name == "@" ? zone.name : "\(record.name).\(zone.name)"
                let value: [MarkdownInline] = switch record.target {
                case .apiManagementPrivateIP: ["private IP of API Management ", .code(topology.apiManagement?.name ?? "")]
                case .addresses(let addresses): addresses.map { .code($0) }.joinedInlines(", ")
                }
                rows.append([[.code(zone.name)], [.code(host)], ["A"], value, [.text("\(record.ttl)")]])
            }
            for endpoint in resolved.privateEndpoints where endpoint.dnsZone == zone.name {
                rows.append([[.code(zone.name)], [.code(endpoint.recordName)], ["A"], ["private IP of private endpoint ", .code(endpoint.name)], ["—"]])
            }
        }
        if !rows.isEmpty {
            var intro: [MarkdownInline] = ["The deployment creates these private records"]
            if let network = resolved.virtualNetwork {
                intro += [" and links each zone to ", .code(network.name), " ("]
                intro += resolved.privateDNSZones.map { [.code($0.name), .text(" as "), .code($0.linkName ?? "")] }.joinedInlines(", ") + [")"]
            }
            intro += [". Clients in the virtual network, the gateway included, resolve the names below to private addresses."]
            blocks += [.heading(3, ["Private DNS"]), .paragraph(intro),
                       .table(MarkdownTable(header: [["Zone"], ["Name"], ["Type"], ["Value"], ["TTL"]], rows: rows))]
        }
        return blocks
    }
}
