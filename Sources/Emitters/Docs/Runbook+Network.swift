import DSL

extension Runbook {
    /// Each NSG's rules, inbound first, with why each exists.
    var networkSection: [MarkdownBlock] {
        let subnets = (resolved.virtualNetwork?.subnets ?? []).filter { $0.networkSecurityGroup != nil }
        guard !subnets.isEmpty else { return [] }
        var blocks: [MarkdownBlock] = [
            .heading(2, ["Network security rules"]),
            .paragraph(["Rules marked ", .emphasis(["required"]), " were added by ", .code("gen"), " because the subnet's role needs them; the others are declared in the manifest."]),
        ]
        for subnet in subnets {
            guard let nsg = subnet.networkSecurityGroup else { continue }
            blocks.append(.heading(3, [.code(nsg.name), " on subnet ", .code(subnet.name), " (", .code(subnet.addressPrefix.text), ")"]))
            let rules = nsg.rules.sorted { ($0.direction == .inbound ? 0 : 1, $0.priority) < ($1.direction == .inbound ? 0 : 1, $1.priority) }
            guard !rules.isEmpty else {
                blocks.append(.paragraph(["No rules: Azure's default rules apply (virtual network and load balancer traffic allowed, internet inbound denied)."]))
                continue
            }
            let rows: [[[MarkdownInline]]] = rules.map { rule in
                let why: [MarkdownInline] = if let reason = rule.reason {
                    [.emphasis(["required"]), .text(": \(reason)")]
                } else if let description = rule.description {
                    [.text(description)]
                } else {
                    ["declared in the manifest"]
                }
                return [[.text("\(rule.priority)")], [.code(rule.name)], [.text(rule.direction.rawValue)], [.text(rule.access.rawValue)],
                        [.code(rule.protocol.rawValue)], [.code(rule.source.description)], [.code(rule.destination.description)],
                        [.code(rule.destinationPorts.map(\.description).joined(separator: ", "))], why]
            }
            blocks.append(.table(MarkdownTable(header: [["Priority"], ["Name"], ["Direction"], ["Access"], ["Protocol"], ["Source"], ["Destination"], ["Ports"], ["Why"]], rows: rows)))
        }
        return blocks
    }
}
