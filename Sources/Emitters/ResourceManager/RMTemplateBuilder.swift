import DSL

/// Maps a resolved deployment to the one template that both the ARM and the Bicep emitter
/// render. Resources follow the walkthrough's order: monitoring and identities, network,
/// private DNS zones, Key Vault and its access, API Management and its content, its DNS records, WAF, gateway, diagnostics.
struct RMTemplateBuilder {
    let resolved: ResolvedDeployment
    let symbols: RMSymbols
    /// The settings that differ between environments, as parameters.
    var environment: RMEnvironmentParameters
    var template = RMTemplate()
    /// Parameter names of certificate files, by path, in first-use order.
    var certificateParameters: [String: String] = [:]

    static func build(_ resolved: ResolvedDeployment) -> RMTemplate {
        let environment = RMEnvironmentParameters(resolved)
        var builder = RMTemplateBuilder(resolved: resolved, symbols: RMSymbols(resolved, environment: environment), environment: environment)
        builder.addParameters()
        builder.addVariables()
        builder.addMonitoring()
        builder.addIdentities()
        builder.addNetwork()
        builder.addPrivateDNSZones()
        builder.addKeyVaults()
        builder.addAPIManagement()
        builder.addAPIManagementContent()
        builder.addDNSRecords()
        builder.addWAFPolicies()
        builder.addApplicationGateway()
        builder.addDiagnosticSettings()
        builder.addOutputs()
        builder.template.environments = builder.environment.environments
        return builder.template
    }

    /// `location` and `tags` of a regional resource.
    func regionalBody(location: RMExpression = .parameter("location")) -> RMObject {
        var body = RMObject()
        body.set("location", location)
        // Written out on every resource: the template schema takes only a literal object here.
        if !resolved.tags.isEmpty { body.set("tags", .object(RMObject(resolved.tags.map { ($0.name, RMExpression.string($0.value)) }))) }
        return body
    }

    /// Availability zones, or the parameter that replaces them; nil when there are none to set.
    func zones(_ zones: [Int], _ kind: EnvironmentParameter.Kind) -> RMExpression? {
        environment.parameter(kind) ?? (zones.isEmpty ? nil : Self.zones(zones))
    }

    /// `{ id: ... }`, the shape of every sub-resource reference.
    static func idReference(_ id: RMExpression) -> RMExpression { ["id": id] }

    /// Availability zones as Azure takes them: strings.
    static func zones(_ zones: [Int]) -> RMExpression { .array(zones.map { .string(String($0)) }) }

    /// The ID of a subnet of the deployment's virtual network.
    func subnetID(_ name: String) -> RMExpression {
        .childResourceID(symbols.virtualNetwork!, childType: "subnets", name: name)
    }

    /// An `identity` block for user-assigned identities (and the system-assigned one).
    func identityBlock(userAssigned names: [String], systemAssigned: Bool = false) -> RMExpression? {
        let assigned = names.compactMap { symbols.identities[$0] }
        guard systemAssigned || !assigned.isEmpty else { return nil }
        var identity = RMObject()
        identity.set("type", .string(systemAssigned && !assigned.isEmpty ? "SystemAssigned, UserAssigned" : systemAssigned ? "SystemAssigned" : "UserAssigned"))
        if !assigned.isEmpty {
            var map = RMObject()
            for symbol in assigned { map.set(computed: .resourceID(symbol), .object(RMObject())) }
            identity.set("userAssignedIdentities", .object(map))
        }
        return .object(identity)
    }

    /// Role assignments that let any of `identities` read from Key Vault: whoever uses those
    /// identities to read certificates must wait for them.
    func roleAssignmentSymbols(for identities: [String]) -> [RMSymbol] {
        resolved.roleAssignments.filter { identities.contains($0.identity) }.compactMap { symbols.roleAssignments[$0] }
    }

    /// Private DNS zone groups of Key Vault private endpoints: the vault is reachable once they exist.
    var keyVaultPrivateAccess: [RMSymbol] {
        resolved.privateEndpoints.compactMap { symbols.privateDNSZoneGroups[$0.name] }
    }

    mutating func add(_ resource: RMResource) { template.resources.append(resource) }
}
