import DSL

/// User-assigned identities, Key Vaults with their private endpoints, and the roles that let
/// the identities read certificates.
extension DeployScript {
    var identityStep: ScriptStep? {
        guard !deployment.identities.isEmpty else { return nil }
        var statements = [ScriptIdioms.declare("identities")]
        for identity in deployment.identities {
            statements += ScriptIdioms.ensure(
                ScriptIdioms.item("identities", identity.name), "managed identity", target: .string(identity.name),
                get: PSCommand("Get-AzUserAssignedIdentity", [.named("Name", .string(identity.name)), ScriptIdioms.resourceGroup]),
                create: PSCommand("New-AzUserAssignedIdentity", [.named("Name", .string(identity.name)), ScriptIdioms.resourceGroup, ScriptIdioms.location] + tagArguments))
        }
        return ScriptStep(title: "Managed identities", statements: statements)
    }

    /// Vaults the role assignments use but the manifest only references.
    private var referencedVaults: [String] {
        var names: [String] = []
        for vault in resolved.roleAssignments.compactMap(\.vault) where !deployment.keyVaults.contains(where: { $0.name == vault }) && !names.contains(vault) {
            names.append(vault)
        }
        return names
    }

    var keyVaultStep: ScriptStep? {
        guard !deployment.keyVaults.isEmpty || !resolved.roleAssignments.isEmpty else { return nil }
        var statements = [ScriptIdioms.declare("keyVaults")]
        for vault in deployment.keyVaults {
            let variable = ScriptIdioms.item("keyVaults", vault.name)
            if vault.existing {
                statements += existingVault(vault.name, resourceGroup: true)
                continue
            }
            statements.append(ScriptIdioms.comment("RBAC authorization, purge protection and no public network access."))
            statements += ScriptIdioms.ensure(
                variable, "key vault", target: .string(vault.name),
                get: PSCommand("Get-AzKeyVault", [.named("VaultName", .string(vault.name)), ScriptIdioms.resourceGroup]),
                create: PSCommand("New-AzKeyVault", [
                    .named("Name", .string(vault.name)), ScriptIdioms.resourceGroup, ScriptIdioms.location,
                    .named("Sku", .bareword(vault.sku == .premium ? "Premium" : "Standard")),
                    .switch("EnablePurgeProtection"), .named("SoftDeleteRetentionInDays", .int(vault.softDeleteRetentionDays)),
                    .named("PublicNetworkAccess", .bareword("Disabled")),
                ] + tagArguments))
        }
        for name in referencedVaults { statements += existingVault(name, resourceGroup: false) }
        for assignment in resolved.roleAssignments where Self.precedesService(assignment) { statements += roleAssignment(assignment) }
        let vaultEndpoints = resolved.privateEndpoints.filter { $0.vault != nil }
        if !vaultEndpoints.isEmpty {
            statements += [ScriptIdioms.declare("privateDnsZones"), ScriptIdioms.declare("privateEndpoints")]
        }
        for endpoint in vaultEndpoints { statements += privateEndpoint(endpoint) }
        let title = vaultEndpoints.isEmpty ? "Key Vault access" : "Key Vault, access and private endpoint"
        return ScriptStep(title: title, statements: statements)
    }

    /// API Management's Private Link endpoint, created once the service exists and before its
    /// public network access can be turned off.
    var apiManagementPrivateEndpointStep: ScriptStep? {
        let endpoints = resolved.privateEndpoints.filter { $0.vault == nil }
        guard !endpoints.isEmpty else { return nil }
        var statements: [PSStatement] = []
        if resolved.privateEndpoints.count == endpoints.count {
            statements += [ScriptIdioms.declare("privateDnsZones"), ScriptIdioms.declare("privateEndpoints")]
        }
        for endpoint in endpoints { statements += privateEndpoint(endpoint) }
        return ScriptStep(title: "API Management private endpoint", statements: statements)
    }

    private func existingVault(_ name: String, resourceGroup: Bool) -> [PSStatement] {
        let variable = ScriptIdioms.item("keyVaults", name)
        let bootstrapped = resolved.keyVaultBootstraps.contains { $0.vault.name == name }
        return [
            .assign(variable, .command(PSCommand("Get-AzKeyVault", [.named("VaultName", .string(name))] + (resourceGroup ? [ScriptIdioms.resourceGroup] : []) + [ScriptIdioms.silently]))),
            .if([PSConditional(ScriptIdioms.isNull(variable), [.throw(.string("Key Vault \(name) does not exist; the deployment reads certificates from it.\(bootstrapped ? " Run bootstrap-keyvault.ps1 first." : "")"))])], else: nil),
        ]
    }

    /// Roles of user-assigned identities on vaults are granted with the vaults, before the
    /// service; the system-assigned identity's roles, and Event Hub roles, once the service exists.
    static func precedesService(_ assignment: RoleAssignment) -> Bool {
        assignment.vault != nil && assignment.principal != .systemAssigned
    }

    /// The roles granted once API Management exists, before its host names are bound and its
    /// named values and loggers are created.
    var serviceIdentityRoleStep: ScriptStep? {
        let assignments = resolved.roleAssignments.filter { !Self.precedesService($0) }
        guard !assignments.isEmpty else { return nil }
        return ScriptStep(title: "API Management identity roles", statements: assignments.flatMap(roleAssignment))
    }

    private func roleAssignment(_ assignment: RoleAssignment) -> [PSStatement] {
        let principal: PSExpression = switch assignment.principal {
        case .userAssigned(let name): .member(ScriptIdioms.item("identities", name), "PrincipalId")
        case .systemAssigned: .member(.member(.variable("apiManagement"), "Identity"), "PrincipalId")
        }
        let scope: PSExpression = switch assignment.scope {
        case .keyVault(let vault): .member(ScriptIdioms.item("keyVaults", vault), "ResourceId")
        case .eventHubNamespace(let namespace):
            .expandable([.subexpression(.member(.variable("resourceGroup"), "ResourceId")), .text("/providers/Microsoft.EventHub/namespaces/\(namespace)")])
        }
        let role: PSArgument = .named("RoleDefinitionName", .string(assignment.role.rawValue))
        return [ScriptIdioms.comment("\(assignment.role.rawValue) for \(assignment.principal.description) on \(assignment.scope.name):\n\(assignment.reason).")]
            + ScriptIdioms.createIfMissing(
                "role assignment", target: .string(assignment.scope.name),
                get: PSCommand("Get-AzRoleAssignment", [.named("ObjectId", principal), role, .named("Scope", scope)]),
                create: PSCommand("New-AzRoleAssignment", [
                    .named("ObjectId", principal), role, .named("Scope", scope),
                    // The identity may be seconds old: skip the directory lookup that fails until it replicates.
                    .named("ObjectType", .bareword("ServicePrincipal")),
                    .named("Description", .string(assignment.reason)),
                ]))
    }

    private func privateLinkServiceID(_ target: PrivateEndpoint.Target) -> PSExpression {
        switch target {
        case .keyVault(let vault): .member(ScriptIdioms.item("keyVaults", vault), "ResourceId")
        case .apiManagement: .member(.variable("apiManagement"), "Id")
        }
    }

    private func privateEndpoint(_ endpoint: PrivateEndpoint) -> [PSStatement] {
        var statements: [PSStatement] = []
        let name = endpoint.vault == nil ? environment.value(.apiManagementPrivateEndpointName, or: endpoint.name) : .string(endpoint.name)
        if let zone = deployment.privateDNSZones.first(where: { $0.name == endpoint.dnsZone }) {
            statements += privateDNSZone(zone)
        }
        let connection = PSCommand("New-AzPrivateLinkServiceConnection", [
            .named("Name", name),
            .named("PrivateLinkServiceId", privateLinkServiceID(endpoint.target)),
            .named("GroupId", .string(endpoint.groupID)),
        ])
        statements += ScriptIdioms.ensure(
            ScriptIdioms.item("privateEndpoints", endpoint.name), "private endpoint", target: name,
            get: PSCommand("Get-AzPrivateEndpoint", [.named("Name", name), ScriptIdioms.resourceGroup]),
            create: PSCommand("New-AzPrivateEndpoint", [
                .named("Name", name), ScriptIdioms.resourceGroup, ScriptIdioms.location,
                .named("Subnet", ScriptIdioms.item("subnets", endpoint.subnet)),
                .named("PrivateLinkServiceConnection", .command(connection)),
            ] + tagArguments))
        statements.append(ScriptIdioms.whenApproved(name, "Create or update private DNS zone group", [
            .assign(.null, .command(PSCommand("New-AzPrivateDnsZoneGroup", [
                ScriptIdioms.resourceGroup, .named("PrivateEndpointName", name), .named("Name", .string("default")),
                .named("PrivateDnsZoneConfig", .command(PSCommand("New-AzPrivateDnsZoneConfig", [
                    .named("Name", .string(String(endpoint.dnsZone.map { $0 == "." ? "-" : $0 }))),
                    .named("PrivateDnsZoneId", .member(ScriptIdioms.item("privateDnsZones", endpoint.dnsZone), "ResourceId")),
                ]))),
                .switch("Force"),
            ]))),
        ]))
        return statements
    }
}
