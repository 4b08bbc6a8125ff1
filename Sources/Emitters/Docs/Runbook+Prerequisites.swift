import DSL

extension Runbook {
    /// What the subscription needs before the first deployment, and the creation order every
    /// format follows (resolve's prerequisites).
    var prerequisitesSection: [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        for feature in resolved.requiredFeatures {
            blocks.append(.paragraph([.strong([.text("Preview feature \(feature.namespace)/\(feature.name).")]), " ", .text(feature.reason),
                                      " Register it once per subscription, before the first deployment:"]))
            blocks.append(.code(language: "powershell", """
                Register-AzProviderFeature -FeatureName \(feature.name) -ProviderNamespace \(feature.namespace)
                Get-AzProviderFeature -FeatureName \(feature.name) -ProviderNamespace \(feature.namespace)  # until Registered
                Register-AzResourceProvider -ProviderNamespace \(feature.namespace)
                """))
        }
        var order: [MarkdownList.Item] = []
        for (resource, title) in [(OrderedResource.apiManagement, "API Management"), (.applicationGateway, "Application Gateway")] {
            let prerequisites = resolved.prerequisites(of: resource)
            guard !prerequisites.isEmpty else { continue }
            order.append(.init([.text("\(title) is created after ")] + prerequisites.map(describe).joinedInlines(", ", last: " and ") + ["."]))
        }
        if !order.isEmpty {
            blocks.append(.paragraph(["Every format (Terraform, ARM, Bicep, PowerShell) creates resources in this order, because nothing in the later resource refers to the earlier one:"]))
            blocks.append(.list(MarkdownList(items: order)))
        }
        return blocks.isEmpty ? [] : [.heading(2, ["Prerequisites and order"])] + blocks
    }

    private func describe(_ prerequisite: Prerequisite) -> [MarkdownInline] {
        switch prerequisite {
        case .roleAssignment(let assignment): [.text("the \(assignment.role.rawValue) role of ")] + Self.holder(assignment.principal) + [.text(" on "), .code(assignment.scope.name)]
        case .privateEndpoint(let name): [.text("private endpoint "), .code(name), .text(" and its DNS zone group")]
        case .dnsZoneLink(let zone): [.text("the virtual network link of "), .code(zone)]
        case .dnsRecord(let zone, let name): [.text("A record "), .code(name == "@" ? zone : "\(name).\(zone)")]
        }
    }
}
