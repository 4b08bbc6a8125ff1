import DSL

/// The Terraform local name of every resource, chosen once so that every file refers to the
/// same block: singletons are `main`, subnets and what hangs off them are named after their
/// role (`azurerm_subnet.gateway`, `azurerm_network_security_group.apim`), everything else
/// after its Azure name in snake case without its naming-convention prefix (`id-`, `kv-`, …).
struct TerraformNames {
    /// Subnet name → key; the subnet's NSG, route table and associations share it.
    private(set) var subnets: [String: String] = [:]
    private(set) var publicIPs: [String: String] = [:]
    private(set) var dnsZones: [String: String] = [:]
    /// Zone name → record name → key.
    private(set) var dnsRecords: [String: [String: String]] = [:]
    private(set) var identities: [String: String] = [:]
    private(set) var keyVaults: [String: String] = [:]
    private(set) var privateEndpoints: [String: String] = [:]
    private(set) var wafPolicies: [String: String] = [:]
    private(set) var apis: [String: String] = [:]
    /// `identity/vault` → key.
    private(set) var roleAssignments: [String: String] = [:]
    /// Certificate file path → variable name (`gateway_pfx_path`).
    private(set) var certificateFiles: [String: String] = [:]
    /// API name → variable holding the path of its definition file (`catalog_v1_definition_path`).
    private(set) var definitionFiles: [String: String] = [:]
    private(set) var content = TerraformContentNames(APIManagementContent(), apis: { $0 })

    static let main = "main"

    init(_ resolved: ResolvedDeployment) {
        let deployment = resolved.deployment

        var subnetKeys = KeyAllocator()
        for subnet in deployment.virtualNetwork?.subnets ?? [] {
            let preferred: String? = switch subnet.role {
            case .applicationGateway: "gateway"
            case .apiManagement: "apim"
            case .privateEndpoints: "private_endpoints"
            case .other: nil
            }
            subnets[subnet.name] = subnetKeys.claim(preferred ?? SnakeCase.identifier(subnet.name), fallback: SnakeCase.identifier(subnet.name))
        }

        var ipKeys = KeyAllocator()
        let gatewayIP = deployment.applicationGateway?.frontend.publicIP
        for ip in deployment.publicIPs {
            let stripped = Self.stripped(ip.name, prefixes: ["pip-"])
            publicIPs[ip.name] = ip.name == gatewayIP ? ipKeys.claim("gateway", fallback: stripped) : ipKeys.claim(stripped)
        }

        var zoneKeys = KeyAllocator()
        for zone in deployment.privateDNSZones {
            dnsZones[zone.name] = zoneKeys.claim(SnakeCase.identifier(zone.name))
        }
        var recordKeys = KeyAllocator()
        let recordCounts = Dictionary(deployment.privateDNSZones.flatMap { $0.records.map { ($0.name, 1) } }, uniquingKeysWith: +)
        for zone in deployment.privateDNSZones {
            for record in zone.records {
                let bare = record.name == "@" ? "apex" : SnakeCase.identifier(record.name)
                let qualified = dnsZones[zone.name]! + "_" + bare
                dnsRecords[zone.name, default: [:]][record.name] = recordCounts[record.name] == 1 ? recordKeys.claim(bare, fallback: qualified) : recordKeys.claim(qualified)
            }
        }

        var identityKeys = KeyAllocator()
        for identity in deployment.identities {
            identities[identity.name] = identityKeys.claim(Self.stripped(identity.name, prefixes: ["id-", "uai-", "mi-"]))
        }

        var vaultKeys = KeyAllocator()
        let vaultNames = Self.keyVaultNames(deployment)
        for name in vaultNames {
            keyVaults[name] = vaultNames.count == 1 ? vaultKeys.claim(Self.main) : vaultKeys.claim(Self.stripped(name, prefixes: ["kv-"]))
        }

        var endpointKeys = KeyAllocator()
        for endpoint in resolved.privateEndpoints {
            guard let vaultName = endpoint.vault else {
                privateEndpoints[endpoint.name] = endpointKeys.claim("api_management")
                continue
            }
            let vault = keyVaults[vaultName] ?? SnakeCase.identifier(vaultName)
            privateEndpoints[endpoint.name] = resolved.privateEndpoints.count == 1
                ? endpointKeys.claim("key_vault", fallback: vault + "_key_vault")
                : endpointKeys.claim(vault + "_key_vault")
        }

        var policyKeys = KeyAllocator()
        let gatewayPolicy = resolved.gatewayWAFPolicy?.name
        for policy in deployment.wafPolicies {
            let stripped = Self.stripped(policy.name, prefixes: ["waf-", "wafp-"])
            wafPolicies[policy.name] = policy.name == gatewayPolicy ? policyKeys.claim("gateway", fallback: stripped) : policyKeys.claim(stripped)
        }

        var apiKeys = KeyAllocator()
        for api in deployment.apiManagement?.content.apis ?? [] {
            apis[api.name] = apiKeys.claim(SnakeCase.identifier(api.name))
        }

        let apiNames = apis
        content = TerraformContentNames(deployment.apiManagement?.content ?? APIManagementContent(), apis: { apiNames[$0] ?? SnakeCase.identifier($0) })

        var assignmentKeys = KeyAllocator()
        for assignment in resolved.roleAssignments {
            let holder = assignment.identity.map { identities[$0] ?? SnakeCase.identifier($0) } ?? "apim_system"
            let scope = assignment.vault.map { keyVaults[$0] ?? SnakeCase.identifier($0) } ?? SnakeCase.identifier(assignment.scope.name)
            let role = assignment.role == .keyVaultSecretsUser ? "_secrets_user" : "_event_hubs_sender"
            roleAssignments[Self.key(assignment)] = assignmentKeys.claim(holder + role, fallback: holder + "_" + scope + role)
        }

        var fileKeys = KeyAllocator()
        for (path, kind) in Self.certificateFiles(deployment) {
            let stem = path.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? path
            certificateFiles[path] = fileKeys.claim(SnakeCase.identifier(stem) + "_\(kind)_path")
        }
        for api in deployment.apiManagement?.content.apis ?? [] where TerraformContext.importFormat(api.definition) != nil {
            definitionFiles[api.name] = fileKeys.claim(apiNames[api.name]! + "_definition_path")
        }
    }

    func subnet(_ name: String) -> String { subnets[name] ?? SnakeCase.identifier(name) }
    func publicIP(_ name: String) -> String { publicIPs[name] ?? SnakeCase.identifier(name) }
    func dnsZone(_ name: String) -> String { dnsZones[name] ?? SnakeCase.identifier(name) }
    func dnsRecord(zone: String, record: String) -> String { dnsRecords[zone]?[record] ?? SnakeCase.identifier(record) }
    func identity(_ name: String) -> String { identities[name] ?? SnakeCase.identifier(name) }
    func keyVault(_ name: String) -> String { keyVaults[name] ?? SnakeCase.identifier(name) }
    func privateEndpoint(_ name: String) -> String { privateEndpoints[name] ?? SnakeCase.identifier(name) }
    func wafPolicy(_ name: String) -> String { wafPolicies[name] ?? SnakeCase.identifier(name) }
    func api(_ name: String) -> String { apis[name] ?? SnakeCase.identifier(name) }
    func roleAssignment(_ assignment: RoleAssignment) -> String {
        roleAssignments[Self.key(assignment)] ?? SnakeCase.identifier(Self.key(assignment))
    }

    private static func key(_ assignment: RoleAssignment) -> String {
        [assignment.identity ?? "system-assigned", assignment.scope.name, assignment.role.rawValue].joined(separator: "/")
    }
    func certificateFile(_ path: String) -> String { certificateFiles[path] ?? SnakeCase.identifier(path) }
    func definitionFile(api: String) -> String { definitionFiles[api] ?? SnakeCase.identifier(api) + "_definition_path" }

    /// Vaults the deployment declares or refers to, in first-mention order.
    static func keyVaultNames(_ deployment: Deployment) -> [String] {
        var names = deployment.keyVaults.map(\.name)
        var referenced = (deployment.apiManagement?.hostnames ?? []).compactMap { $0.certificate.keyVaultCertificate?.vault }
        referenced += (deployment.applicationGateway?.certificates ?? []).compactMap { $0.source.keyVaultCertificate?.vault }
        referenced += (deployment.applicationGateway?.trustedRootCertificates ?? []).compactMap {
            if case .keyVault(let certificate) = $0.source { certificate.vault } else { nil }
        }
        for reference in deployment.secretReferences {
            if case .keyVaultSecret(let vault, _) = reference { referenced.append(vault) }
        }
        for name in referenced where !names.contains(name) { names.append(name) }
        return names
    }

    /// PFX and CER files the deployment reads, once each, in first-use order, with their kind.
    static func certificateFiles(_ deployment: Deployment) -> [(path: String, kind: String)] {
        deployment.inputFiles.compactMap { file in
            switch file.kind {
            case .pfx: (file.path, "pfx")
            case .trustedRoot: (file.path, "cer")
            case .apiDefinition: nil
            }
        }
    }

    /// `kv-apim-edge-prod` → `apim_edge_prod`: the naming-convention prefix adds nothing after
    /// the resource type.
    static func stripped(_ name: String, prefixes: [String]) -> String {
        for prefix in prefixes where name.lowercased().hasPrefix(prefix) && name.count > prefix.count {
            return SnakeCase.identifier(String(name.dropFirst(prefix.count)))
        }
        return SnakeCase.identifier(name)
    }
}

/// Hands out unique keys within one resource type: the preferred key, else the fallback,
/// else the preferred key with a number.
struct KeyAllocator {
    private var taken: Set<String> = []

    mutating func claim(_ preferred: String, fallback: String? = nil) -> String {
        for candidate in [preferred, fallback].compactMap({ $0 }) where taken.insert(candidate).inserted {
            return candidate
        }
        var number = 2
        while !taken.insert("\(preferred)_\(number)").inserted { number += 1 }
        return "\(preferred)_\(number)"
    }
}
