import DSL

/// Managed identities, Key Vault (hardened), its role assignments and private
/// endpoint, and the private DNS zones with their links and records.
extension RMTemplateBuilder {
    mutating func addIdentities() {
        for identity in resolved.deployment.identities {
            add(RMResource(symbols.identities[identity.name]!, body: regionalBody()))
        }
    }

    mutating func addKeyVaults() {
        var declared: Set<String> = []
        for vault in resolved.keyVaults where declared.insert(vault.name).inserted {
            let symbol = symbols.keyVaults[vault.name]!
            guard !vault.existing else {
                add(RMResource(symbol, existing: true))
                continue
            }
            var properties = RMObject()
            properties.set("tenantId", RMExpression.function("subscription", []).dot("tenantId"))
            properties.set("sku", ["family": "A", "name": .string(vault.sku.rawValue)])
            properties.set("enableRbacAuthorization", true)
            properties.set("enableSoftDelete", true)
            properties.set("softDeleteRetentionInDays", .int(vault.softDeleteRetentionDays))
            properties.set("enablePurgeProtection", true)
            properties.set("publicNetworkAccess", "Disabled")
            properties.set("networkAcls", ["bypass": "AzureServices", "defaultAction": "Deny"])
            var body = regionalBody()
            body.set("properties", .object(properties))
            add(RMResource(symbol, body: body, comment: "Certificates for \(resolved.name): RBAC only, purge protection, reachable only through its private endpoint and trusted Azure services."))
        }
        for vault in resolved.roleAssignments.compactMap(\.vault) where declared.insert(vault).inserted {
            add(RMResource(symbols.keyVaults[vault]!, existing: true))
        }
        for namespace in Set(resolved.roleAssignments.filter { $0.vault == nil }.map(\.scope.name)).sorted() {
            add(RMResource(symbols.eventHubNamespaces[namespace]!, existing: true))
        }
        addRoleAssignments()
        addPrivateEndpoints()
    }

    private mutating func addRoleAssignments() {
        for assignment in resolved.roleAssignments {
            let principal: RMExpression
            switch assignment.principal {
            case .userAssigned(let name):
                guard let identity = symbols.identities[name] else { continue }
                principal = .runtimeProperty(identity, [.name("principalId")])
            case .systemAssigned:
                guard let apim = symbols.apiManagement else { continue }
                principal = .systemIdentityPrincipal(apim)
            }
            var properties = RMObject()
            let scope: RMSymbol
            switch assignment.scope {
            case .keyVault(let vault):
                scope = symbols.keyVaults[vault]!
                properties.set("roleDefinitionId", .variable(RMSymbols.keyVaultSecretsUserVariable))
            case .eventHubNamespace(let namespace):
                scope = symbols.eventHubNamespaces[namespace]!
                properties.set("roleDefinitionId", .function("subscriptionResourceId", ["Microsoft.Authorization/roleDefinitions", .string(assignment.role.definitionID)]))
            }
            properties.set("principalId", principal)
            properties.set("principalType", "ServicePrincipal")
            properties.set("description", .string("\(assignment.role.rawValue): \(assignment.reason)."))
            add(RMResource(symbols.roleAssignments[assignment]!, scope: scope, body: ["properties": .object(properties)]))
        }
    }

    private mutating func addPrivateEndpoints() {
        for endpoint in resolved.privateEndpoints {
            let symbol = symbols.privateEndpoints[endpoint.name]!
            var connection = RMObject()
            let target = switch endpoint.target {
            case .keyVault(let vault): symbols.keyVaults[vault]!
            case .apiManagement: symbols.apiManagement!
            }
            connection.set("privateLinkServiceId", .resourceID(target))
            connection.set("groupIds", [.string(endpoint.groupID)])
            var properties = RMObject()
            properties.set("subnet", Self.idReference(subnetID(endpoint.subnet)))
            properties.set("privateLinkServiceConnections", [["name": symbol.nameSegments[0], "properties": .object(connection)]])
            var body = regionalBody()
            body.set("properties", .object(properties))
            add(RMResource(symbol, body: body))

            guard let zone = symbols.dnsZones[endpoint.dnsZone] else { continue }
            let config: RMExpression = ["name": .string(endpoint.dnsZone.replacingDots()), "properties": ["privateDnsZoneId": .resourceID(zone)]]
            add(RMResource(symbols.privateDNSZoneGroups[endpoint.name]!, parent: symbol, body: ["properties": ["privateDnsZoneConfigs": [config]]]))
        }
    }

    mutating func addPrivateDNSZones() {
        for zone in resolved.privateDNSZones {
            let symbol = symbols.dnsZones[zone.name]!
            add(RMResource(symbol, body: regionalBody(location: "global")))
            guard let link = symbols.dnsZoneLinks[zone.name], let network = symbols.virtualNetwork else { continue }
            var body = regionalBody(location: "global")
            body.set("properties", ["registrationEnabled": .bool(zone.autoRegistration), "virtualNetwork": Self.idReference(.resourceID(network))])
            add(RMResource(link, parent: symbol, body: body))
        }
    }

    /// A records come after API Management: most point at its private IP.
    mutating func addDNSRecords() {
        for zone in resolved.privateDNSZones {
            for record in zone.records {
                let addresses: [RMExpression]
                switch record.target {
                case .apiManagementPrivateIP:
                    guard let apim = symbols.apiManagement else { continue }
                    addresses = [.runtimeProperty(apim, [.name("privateIPAddresses"), .index(0)])]
                case .addresses(let list):
                    addresses = list.map(RMExpression.string)
                }
                let properties: RMExpression = ["ttl": .int(record.ttl), "aRecords": .array(addresses.map { ["ipv4Address": $0] })]
                add(RMResource(symbols.dnsRecords[zone.name]![record.name]!, parent: symbols.dnsZones[zone.name]!, body: ["properties": properties]))
            }
        }
    }
}

extension String {
    /// `privatelink.vaultcore.azure.net` → `privatelink-vaultcore-azure-net`, a valid config name.
    func replacingDots() -> String { String(map { $0 == "." ? "-" : $0 }) }
}
