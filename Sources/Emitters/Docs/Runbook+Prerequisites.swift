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
        blocks += bootstrapBlocks
        if resolved.bindsHostnamesAfterService {
            blocks.append(.paragraph([.strong([.text("First deployment with ARM or Bicep: two passes.")]),
                                      " API Management reads its host-name certificates with its system-assigned identity, which exists only once the service does. Terraform and PowerShell bind the host names in a later step; a template cannot hold the service twice, so deploy it once with ",
                                      .code("bindCustomHostnames=false"), " (service, identity and its Key Vault role), then with the default. The template pipelines run that first pass only while the service does not exist."]))
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

    /// The Key Vault bootstrap: the stage before every format's first deployment.
    private var bootstrapBlocks: [MarkdownBlock] {
        let bootstraps = resolved.keyVaultBootstraps
        guard !bootstraps.isEmpty else { return [] }
        var blocks: [MarkdownBlock] = [
            .paragraph([.strong([.text("Before the first deployment: the Key Vault bootstrap.")]),
                        " The services read certificates and secrets from Key Vault as they are created, so the vault must hold them first. ",
                        .code("powershell/bootstrap-keyvault.ps1"),
                        " creates the resource group and the vault if they are missing (RBAC, purge protection, public network access disabled), grants you the officer roles on it, imports what is missing and closes the vault again. Run it once per subscription, from a workstation with its public address, or later from a machine that reaches the vault's private endpoint:"]),
            .code(language: "powershell", "./powershell/bootstrap-keyvault.ps1 -AllowFromIPAddress <your public IP> -CertificateFolder ./certificates"),
        ]
        var items: [MarkdownList.Item] = []
        for bootstrap in bootstraps {
            let objects: [[MarkdownInline]] = bootstrap.certificates.map { [.text("certificate "), .code($0), .text(" from "), .code("\($0).pfx")] }
                + bootstrap.secrets.map { [.text("secret "), .code($0)] }
            let roles = bootstrap.operatorRoles.map { MarkdownInline.text($0.rawValue) }
            items.append(.init([.code(bootstrap.vault.name), ": "] + objects.joinedInlines(", ", last: " and ")
                               + [.text("; the operator gets ")] + roles.joinedInlines(", ", last: " and ") + [.text(".")]))
        }
        blocks.append(.list(MarkdownList(items: items)))
        blocks.append(.paragraph(["The PFX files the bootstrap imports, and their passwords, stay with whoever runs it: they are not in the repository, the pipelines or a Terraform plan. Terraform adopts the resource group the bootstrap created instead of creating it, and warns (check block) while a vault is missing. Then deploy with any format."]))
        return blocks
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
