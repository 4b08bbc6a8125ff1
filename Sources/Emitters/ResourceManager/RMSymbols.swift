import DSL

/// Every resource symbol of a deployment, decided before any resource is built so that
/// resources can refer to each other in any order. Symbols are unique and read well:
/// `applicationGateway`, `apiManagement`, `nsgApim`, `dnsZoneContosoNet`.
struct RMSymbols {
    /// Parameter and variable names and Bicep's own function names are never symbols.
    private var taken: Set<String> = ["location", "tags", "apiManagementSku", "resourceGroup", "subscription", "tenant",
                                      RMSymbols.applicationGatewayNameVariable, RMSymbols.keyVaultSecretsUserVariable]
    private(set) var workspace: RMSymbol?
    private(set) var identities: [String: RMSymbol] = [:]
    private(set) var networkSecurityGroups: [String: RMSymbol] = [:]
    private(set) var routeTables: [String: RMSymbol] = [:]
    private(set) var virtualNetwork: RMSymbol?
    private(set) var publicIPs: [String: RMSymbol] = [:]
    private(set) var keyVaults: [String: RMSymbol] = [:]
    private(set) var roleAssignments: [RoleAssignment: RMSymbol] = [:]
    /// Event Hub namespaces (existing) that role assignments are scoped to.
    private(set) var eventHubNamespaces: [String: RMSymbol] = [:]
    private(set) var privateEndpoints: [String: RMSymbol] = [:]
    private(set) var privateDNSZoneGroups: [String: RMSymbol] = [:]
    private(set) var dnsZones: [String: RMSymbol] = [:]
    private(set) var dnsZoneLinks: [String: RMSymbol] = [:]
    private(set) var dnsRecords: [String: [String: RMSymbol]] = [:]
    private(set) var apiManagement: RMSymbol?
    private(set) var apis: [String: RMSymbol] = [:]
    /// API Management's other child resources: named values, products, policies…
    var content = RMContentSymbols()
    private(set) var wafPolicies: [String: RMSymbol] = [:]
    private(set) var applicationGateway: RMSymbol?
    private(set) var diagnosticSettings: [DiagnosticSetting.Target: RMSymbol] = [:]

    /// The variable holding the gateway's name, used by the gateway's references to its own parts.
    static let applicationGatewayNameVariable = "applicationGatewayName"
    static let keyVaultSecretsUserVariable = "keyVaultSecretsUserRoleDefinitionId"

    init(_ resolved: ResolvedDeployment, environment: RMEnvironmentParameters) {
        taken.formUnion(environment.parameters.map(\.name))
        let network = RMAPIVersion.network
        if let workspace = resolved.logAnalytics {
            self.workspace = make("logAnalyticsWorkspace", "Microsoft.OperationalInsights/workspaces", RMAPIVersion.logAnalytics, [.string(workspace.name)])
        }
        for identity in resolved.deployment.identities {
            let preferred = resolved.deployment.identities.count == 1 ? "managedIdentity" : RMNaming.camelCase(identity.name)
            identities[identity.name] = make(preferred, "Microsoft.ManagedIdentity/userAssignedIdentities", RMAPIVersion.managedIdentity, [.string(identity.name)])
        }
        for subnet in resolved.virtualNetwork?.subnets ?? [] {
            if let nsg = subnet.networkSecurityGroup, networkSecurityGroups[nsg.name] == nil {
                networkSecurityGroups[nsg.name] = make(RMNaming.camelCase(nsg.name).hasPrefix("nsg") ? RMNaming.camelCase(nsg.name) : "nsg" + RMNaming.upperCamelCase(nsg.name),
                                                       "Microsoft.Network/networkSecurityGroups", network, [.string(nsg.name)])
            }
            if let table = subnet.routeTable, routeTables[table.name] == nil {
                routeTables[table.name] = make("routeTable" + RMNaming.upperCamelCase(table.name), "Microsoft.Network/routeTables", network, [.string(table.name)])
            }
        }
        if let vnet = resolved.virtualNetwork {
            virtualNetwork = make("virtualNetwork", "Microsoft.Network/virtualNetworks", network, [.string(vnet.name)])
        }
        for ip in resolved.publicIPs {
            let preferred = resolved.publicIPs.count == 1 ? "publicIpAddress" : "publicIp" + RMNaming.upperCamelCase(ip.name)
            publicIPs[ip.name] = make(preferred, "Microsoft.Network/publicIPAddresses", network, [.string(ip.name)])
        }
        let vaultNames = resolved.keyVaults.map(\.name) + resolved.roleAssignments.compactMap(\.vault) + resolved.privateEndpoints.compactMap(\.vault)
        for name in vaultNames where keyVaults[name] == nil {
            let preferred = Set(vaultNames).count == 1 ? "keyVault" : "keyVault" + RMNaming.upperCamelCase(name)
            keyVaults[name] = make(preferred, "Microsoft.KeyVault/vaults", RMAPIVersion.keyVault, [.string(name)])
        }
        for case .eventHubNamespace(let namespace) in resolved.roleAssignments.map(\.scope) where eventHubNamespaces[namespace] == nil {
            eventHubNamespaces[namespace] = make("eventHubNamespace" + RMNaming.upperCamelCase(namespace), "Microsoft.EventHub/namespaces", RMAPIVersion.eventHub, [.string(namespace)])
        }
        let vaultCount = Set(resolved.roleAssignments.compactMap(\.vault)).count
        for assignment in resolved.roleAssignments {
            let holder: String
            let principalSeed: RMExpression
            switch assignment.principal {
            case .userAssigned(let name):
                holder = identities[name]?.symbol ?? RMNaming.camelCase(name)
                principalSeed = identities[name].map(RMExpression.resourceID) ?? .string(name)
            case .systemAssigned:
                holder = "apiManagementSystemIdentity"
                principalSeed = environment.value(.apiManagementName, or: resolved.apiManagement?.name ?? "")
            }
            let scope: RMSymbol
            let stem: String
            switch assignment.scope {
            case .keyVault(let vault):
                scope = keyVaults[vault]!
                stem = "SecretsUser" + (vaultCount > 1 ? RMNaming.upperCamelCase(vault) : "")
            case .eventHubNamespace(let namespace):
                scope = eventHubNamespaces[namespace]!
                stem = "EventHubsSender" + RMNaming.upperCamelCase(namespace)
            }
            // Key Vault roles keep the name earlier versions gave them, so a redeployment finds them.
            let role: RMExpression = assignment.role == .keyVaultSecretsUser ? .variable(Self.keyVaultSecretsUserVariable) : .string(assignment.role.definitionID)
            let name = RMExpression.function("guid", [.resourceID(scope), principalSeed, role])
            roleAssignments[assignment] = make(holder + stem, "Microsoft.Authorization/roleAssignments", RMAPIVersion.roleAssignments, [name], extending: scope)
        }
        for endpoint in resolved.privateEndpoints {
            let stem = endpoint.vault.map(RMNaming.upperCamelCase) ?? "ApiManagement"
            let name = endpoint.vault == nil ? environment.value(.apiManagementPrivateEndpointName, or: endpoint.name) : .string(endpoint.name)
            let symbol = make("privateEndpoint" + stem, "Microsoft.Network/privateEndpoints", network, [name])
            privateEndpoints[endpoint.name] = symbol
            privateDNSZoneGroups[endpoint.name] = make(symbol.symbol + "DnsZoneGroup", "Microsoft.Network/privateEndpoints/privateDnsZoneGroups", network,
                                                       [name, "default"])
        }
        for zone in resolved.privateDNSZones {
            let symbol = make("dnsZone" + RMNaming.upperCamelCase(zone.name), "Microsoft.Network/privateDnsZones", RMAPIVersion.privateDNS, [.string(zone.name)])
            dnsZones[zone.name] = symbol
            if resolved.virtualNetwork != nil, let link = zone.linkName {
                dnsZoneLinks[zone.name] = make(symbol.symbol + "Link", "Microsoft.Network/privateDnsZones/virtualNetworkLinks", RMAPIVersion.privateDNS,
                                               [.string(zone.name), .string(link)])
            }
            for record in zone.records {
                let stem = record.name == "@" ? "Apex" : RMNaming.upperCamelCase(record.name)
                dnsRecords[zone.name, default: [:]][record.name] = make(symbol.symbol + stem, "Microsoft.Network/privateDnsZones/A", RMAPIVersion.privateDNS,
                                                                        [.string(zone.name), environment.recordName(record.name, zone: zone.name)])
            }
        }
        if let apim = resolved.apiManagement {
            let service = environment.value(.apiManagementName, or: apim.name)
            let symbol = make("apiManagement", "Microsoft.ApiManagement/service", RMAPIVersion.apiManagementService(resolved), [service])
            apiManagement = symbol
            for api in apim.content.apis {
                apis[api.name] = make("api" + RMNaming.upperCamelCase(api.name), "Microsoft.ApiManagement/service/apis", RMAPIVersion.apiManagement,
                                      [service, .string(api.name)])
            }
            addContentSymbols(apim, service: symbol, name: service)
        }
        for policy in resolved.wafPolicies {
            let preferred = resolved.wafPolicies.count == 1 ? "wafPolicy" : "wafPolicy" + RMNaming.upperCamelCase(policy.name)
            wafPolicies[policy.name] = make(preferred, "Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies", network, [.string(policy.name)])
        }
        if resolved.applicationGateway != nil {
            applicationGateway = make("applicationGateway", "Microsoft.Network/applicationGateways", network, [.variable(Self.applicationGatewayNameVariable)])
        }
        for setting in resolved.diagnosticSettings {
            let target = switch setting.target {
            case .applicationGateway: "ApplicationGateway"
            case .apiManagement: "ApiManagement"
            case .keyVault(let vault): "KeyVault" + RMNaming.upperCamelCase(vault)
            }
            diagnosticSettings[setting.target] = make("diagnostics" + target, "Microsoft.Insights/diagnosticSettings", RMAPIVersion.diagnosticSettings, [.string(setting.name)],
                                                      extending: self.target(of: setting))
        }
    }

    /// The symbol of the resource a diagnostic setting extends.
    func target(of setting: DiagnosticSetting) -> RMSymbol? {
        switch setting.target {
        case .applicationGateway: applicationGateway
        case .apiManagement: apiManagement
        case .keyVault(let vault): keyVaults[vault]
        }
    }

    mutating func make(_ preferred: String, _ type: String, _ apiVersion: String, _ segments: [RMExpression], extending scope: RMSymbol? = nil) -> RMSymbol {
        var symbol = preferred
        var counter = 2
        while taken.contains(symbol) {
            symbol = preferred + String(counter)
            counter += 1
        }
        taken.insert(symbol)
        return RMSymbol(symbol: symbol, type: type, apiVersion: apiVersion, nameSegments: segments, extending: scope)
    }
}
