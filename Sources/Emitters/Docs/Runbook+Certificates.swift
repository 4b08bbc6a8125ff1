import DSL

extension Runbook {
    /// Every certificate the deployment needs, who uses it and where it lives; the secure inputs
    /// and the Key Vault roles that let the services read them.
    var certificatesSection: [MarkdownBlock] {
        var rows: [[[MarkdownInline]]] = []
        let listeners = topology.gateway?.listeners ?? []
        for certificate in topology.gateway?.certificates ?? [] {
            let users = listeners.filter { $0.certificate == certificate.name }
            rows.append([[.code(certificate.name)],
                         [MarkdownInline.text(users.count == 1 ? "Application Gateway listener " : "Application Gateway listeners ")] + users.map { .code($0.name) }.joinedInlines(", "),
                         users.flatMap(\.hostNames).map { .code($0) }.joinedInlines(", ").orDash,
                         [.text(topology.location(of: certificate.source))]])
        }
        for endpoint in topology.endpoints {
            guard let custom = endpoint.custom else { continue }
            rows.append([[.text("\(endpoint.title) host name")], [.text("API Management \(endpoint.title.lowercased()) endpoint")],
                         [.code(custom.hostName)], [.text(topology.location(of: custom.certificate))]])
        }
        let content = resolved.apiManagement?.content ?? APIManagementContent()
        for certificate in content.certificates {
            let backends = content.backends.filter { $0.credentials.certificates.contains(certificate.name) }.map { MarkdownInline.code($0.name) }
            let users: [MarkdownInline] = backends.isEmpty
                ? [.text("API Management policies (authentication-certificate)")]
                : [.text("API Management policies and backends ")] + backends.joinedInlines(", ")
            rows.append([[.code(certificate.name)], users, ["—"], [.text(topology.location(of: CertificateSource.keyVault(certificate.keyVault) as CertificateSource))]])
        }
        for root in topology.gateway?.trustedRootCertificates ?? [] {
            let settings = (topology.gateway?.backendSettings ?? []).filter { $0.trustedRootCertificates.contains(root.name) }
            rows.append([[.code(root.name)],
                         ["trusted root of backend settings "] + settings.map { .code($0.name) }.joinedInlines(", "),
                         ["—"], [.text(topology.location(of: root.source))]])
        }
        guard !rows.isEmpty else { return [] }
        var blocks: [MarkdownBlock] = [
            .heading(2, ["Certificates"]),
            .table(MarkdownTable(header: [["Certificate"], ["Used by"], ["Host names"], ["Where it lives"]], rows: rows)),
        ]
        if !resolved.secretInputs.isEmpty {
            blocks.append(.paragraph(["Secure deployment inputs (never written to any file; pass them at deployment time):"]))
            blocks.append(.list(MarkdownList(items: resolved.secretInputs.map { .init([.code($0.name), .text(": \($0.description)")]) })))
        }
        if !resolved.roleAssignments.isEmpty {
            blocks.append(.paragraph(["Key Vault access (Azure RBAC):"]))
            blocks.append(.list(MarkdownList(items: resolved.roleAssignments.map {
                .init(Self.holder($0.principal) + [.text(" has "), .emphasis([.text($0.role.rawValue)]), .text(" on "), .code($0.scope.name), .text(": \($0.reason).")])
            })))
        }
        return blocks
    }
}

extension Runbook {
    /// Who holds a role: a user-assigned identity by name, or the service's own identity.
    static func holder(_ principal: ManagedIdentityReference) -> [MarkdownInline] {
        switch principal {
        case .userAssigned(let name): [.code(name)]
        case .systemAssigned: [.text("API Management's system-assigned identity")]
        }
    }
}
