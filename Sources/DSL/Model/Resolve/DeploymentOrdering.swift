/// A resource that another must wait for although nothing in the dependent one refers to it,
/// so neither Terraform nor Resource Manager orders the two by itself: API Management and the
/// gateway read Key Vault through a private endpoint, and the gateway resolves its backends
/// through private DNS. Every format orders its resources from these, so they agree.
public enum Prerequisite: Codable, Hashable, Sendable {
    /// The role that lets an identity of the dependent read Key Vault.
    case roleAssignment(RoleAssignment)
    /// A private endpoint together with its DNS zone group (by endpoint name): its target
    /// resolves to the endpoint once both exist.
    case privateEndpoint(String)
    /// The link of a private DNS zone (by zone name) to the virtual network: names in the zone
    /// resolve inside the network once it exists.
    case dnsZoneLink(String)
    /// An A record (`name` relative to `zone`).
    case dnsRecord(zone: String, name: String)

    /// Why a dependent waits for it, as a sentence fragment ("the identity can read Key Vault").
    public var reason: String {
        switch self {
        case .roleAssignment: "the identity can read Key Vault"
        case .privateEndpoint: "the private endpoint and its DNS zone group exist"
        case .dnsZoneLink: "the private DNS zone is linked to the virtual network"
        case .dnsRecord: "the backend's host resolves through its private A record"
        }
    }
}

/// The resources whose prerequisites resolve derives.
public enum OrderedResource: String, Codable, Hashable, Sendable, CaseIterable {
    case apiManagement
    /// API Management's custom host names, bound after the service when a certificate is read
    /// with its system-assigned identity: that identity, and so its Key Vault role, exists only
    /// once the service does. Without such a certificate the host names are part of the service.
    case apiManagementHostnames
    case applicationGateway
}

/// One dependent resource and what it waits for, in a stable order.
public struct ResourceOrdering: Codable, Hashable, Sendable {
    public var resource: OrderedResource
    public var prerequisites: [Prerequisite]

    public init(resource: OrderedResource, prerequisites: [Prerequisite]) {
        self.resource = resource
        self.prerequisites = prerequisites
    }
}

extension ResolvedDeployment {
    /// What `resource` must be created after, beyond what its own references order.
    public func prerequisites(of resource: OrderedResource) -> [Prerequisite] {
        ordering.first { $0.resource == resource }?.prerequisites ?? []
    }

    /// Whether API Management's custom host names are bound in a step after the service (and
    /// after its system-assigned identity's Key Vault role), not as part of it: some host name's
    /// certificate is read with the system-assigned identity.
    public var bindsHostnamesAfterService: Bool {
        (deployment.apiManagement?.hostnames ?? []).contains { $0.certificate.keyVaultCertificate?.identity == .systemAssigned }
    }

    /// The Key Vaults `resource` reads certificates or named values from, in first-use order.
    public func vaultsRead(by resource: OrderedResource) -> [String] {
        let reader: OrderedResource = resource == .applicationGateway ? .applicationGateway : .apiManagement
        var seen = Set<String>()
        return deployment.keyVaultReads.filter { $0.reader == reader }.map(\.vault).filter { seen.insert($0).inserted }
    }
}

extension ResolveContext {
    /// Derives `ResolvedDeployment.ordering`; runs after every other derivation.
    static func ordering(of resolved: ResolvedDeployment) -> [ResourceOrdering] {
        var result: [ResourceOrdering] = []
        if let apim = resolved.apiManagement {
            let vaultRoles = resolved.roleAssignments.filter { $0.vault != nil }
            var prerequisites = vaultRoles.filter { $0.identity.map(apim.identities.contains) ?? false }.map(Prerequisite.roleAssignment)
            prerequisites += privateAccess(to: resolved.vaultsRead(by: .apiManagement), resolved)
            result.append(ResourceOrdering(resource: .apiManagement, prerequisites: unique(prerequisites)))
            if resolved.bindsHostnamesAfterService {
                let systemRoles = vaultRoles.filter { $0.principal == .systemAssigned }.map(Prerequisite.roleAssignment)
                result.append(ResourceOrdering(resource: .apiManagementHostnames, prerequisites: unique(systemRoles + prerequisites)))
            }
        }
        if let gateway = resolved.applicationGateway {
            var prerequisites = resolved.roleAssignments.filter { $0.vault != nil && ($0.identity.map(gateway.identities.contains) ?? false) }
                .map(Prerequisite.roleAssignment)
            prerequisites += privateAccess(to: resolved.vaultsRead(by: .applicationGateway), resolved)
            for host in gateway.backendPools.flatMap(\.fqdns) {
                prerequisites += resolution(of: host, resolved)
            }
            result.append(ResourceOrdering(resource: .applicationGateway, prerequisites: unique(prerequisites)))
        }
        return result
    }

    /// The private endpoints of `vaults` and the links of the zones they register in.
    private static func privateAccess(to vaults: [String], _ resolved: ResolvedDeployment) -> [Prerequisite] {
        resolved.privateEndpoints.filter { endpoint in endpoint.vault.map(vaults.contains) ?? false }.flatMap { endpoint in
            [.privateEndpoint(endpoint.name)] + link(endpoint.dnsZone, resolved)
        }
    }

    /// What makes `host` resolve inside the network: a private endpoint's zone group that
    /// registers it, or an A record of a private zone that holds it, and the zone's link.
    private static func resolution(of host: String, _ resolved: ResolvedDeployment) -> [Prerequisite] {
        let host = host.lowercased()
        if let endpoint = resolved.privateEndpoints.first(where: { $0.targetHost.lowercased() == host }) {
            return [.privateEndpoint(endpoint.name)] + link(endpoint.dnsZone, resolved)
        }
        // The most specific zone answers for the host, as DNS does.
        let zones = resolved.privateDNSZones.filter { $0.relativeName(of: host) != nil }
        guard let zone = zones.max(by: { $0.name.count < $1.name.count }), let name = zone.relativeName(of: host),
              zone.records.contains(where: { $0.name == name }) else { return [] }
        return [.dnsRecord(zone: zone.name, name: name)] + link(zone.name, resolved)
    }

    private static func link(_ zone: String, _ resolved: ResolvedDeployment) -> [Prerequisite] {
        guard resolved.virtualNetwork != nil, resolved.privateDNSZones.first(where: { $0.name == zone })?.linkName != nil else { return [] }
        return [.dnsZoneLink(zone)]
    }

    private static func unique(_ prerequisites: [Prerequisite]) -> [Prerequisite] {
        var seen = Set<Prerequisite>()
        return prerequisites.filter { seen.insert($0).inserted }
    }
}
