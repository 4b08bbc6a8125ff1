/// The concrete deployment every emitter consumes: sugar expanded, defaults filled, NSG rules,
/// DNS records, identities, role assignments and private endpoints derived. Emitters never
/// derive anything themselves, so all formats agree by construction.
///
/// The resolved `Deployment` is reachable directly: `resolved.applicationGateway`.
@dynamicMemberLookup
public struct ResolvedDeployment: Codable, Hashable, Sendable {
    /// The deployment with every derived item merged in. `applicationGateway.exposures` stays
    /// for documentation; the concrete listeners, rules and pools are already in place.
    public var deployment: Deployment
    public var roleAssignments: [RoleAssignment]
    public var privateEndpoints: [PrivateEndpoint]
    /// Every secret the deployment needs as an input, once each, in first-use order.
    public var secretInputs: [SecretInput]
    /// Each declared environment resolved on its own, in declaration order (the declarations
    /// themselves stay in `deployment.environments`).
    public var environments: [ResolvedEnvironment]
    /// The settings that differ between environments, with each environment's value.
    public var environmentParameters: [EnvironmentParameter]
    /// What API Management and the gateway wait for; read it through `prerequisites(of:)`.
    public var ordering: [ResourceOrdering]
    /// What each `Expose(…)` publishes; read it through `routes(reaching:)`.
    public var publications: [GatewayPublication]
    /// The manifest's folder as a path from the output root: `..` when the output root is a
    /// folder next to the manifest (gen's default `out/`). gen sets it from `--manifest` and
    /// `--output`; format folders reach input files through it (`inputPath(_:)`).
    public var manifestFolder: String = ".."
    /// How API Management's global policy admits only the gateway, when resolve added such a
    /// restriction (nil: the service is not reachable around the gateway, or the manifest
    /// opted out with `.none`).
    public var gatewayOnlyRestriction: GatewayOnlyAccess?

    public init(deployment: Deployment, roleAssignments: [RoleAssignment] = [], privateEndpoints: [PrivateEndpoint] = [], secretInputs: [SecretInput] = [],
                environments: [ResolvedEnvironment] = [], environmentParameters: [EnvironmentParameter] = [], ordering: [ResourceOrdering] = [], publications: [GatewayPublication] = []) {
        self.deployment = deployment
        self.roleAssignments = roleAssignments
        self.privateEndpoints = privateEndpoints
        self.secretInputs = secretInputs
        self.environments = environments
        self.environmentParameters = environmentParameters
        self.ordering = ordering
        self.publications = publications
    }

    public subscript<T>(dynamicMember keyPath: KeyPath<Deployment, T>) -> T {
        deployment[keyPath: keyPath]
    }

    /// The gateway's frontend ports, one per distinct listener port, in port order.
    public var frontendPorts: [FrontendPort] {
        let ports = Set(deployment.applicationGateway?.listeners.map(\.port) ?? []).sorted()
        return ports.map { FrontendPort(name: FrontendPortNaming.name(for: $0), port: $0) }
    }

    /// The WAF policy the gateway uses, if it uses one.
    public var gatewayWAFPolicy: WAFPolicy? {
        guard case .policy(let name)? = deployment.applicationGateway?.firewall else { return nil }
        return deployment.wafPolicies.first { $0.name == name }
    }

    /// The managed identities, in declaration order, that each resource uses.
    public func identities(named names: [String]) -> [ManagedIdentity] {
        names.compactMap { name in deployment.identities.first { $0.name == name } }
    }
}

/// A frontend port of the gateway.
public struct FrontendPort: Codable, Hashable, Sendable {
    public var name: String
    public var port: Int

    public init(name: String, port: Int) {
        self.name = name
        self.port = port
    }
}

/// A Private Link endpoint for a Key Vault or for API Management's gateway, with the private
/// DNS zone that resolves it.
public struct PrivateEndpoint: Codable, Hashable, Sendable {
    public var name: String
    public var subnet: String
    public var target: Target
    /// The sub-resource: `vault` for Key Vault, `Gateway` for API Management.
    public var groupID: String
    public var dnsZone: String
    public var location: SourceLocation

    /// The resource the endpoint reaches.
    public enum Target: Codable, Hashable, Sendable {
        /// A Key Vault (by name).
        case keyVault(String)
        /// The API Management service (by name).
        case apiManagement(String)

        /// The target resource's name.
        public var name: String {
            switch self {
            case .keyVault(let name), .apiManagement(let name): name
            }
        }
    }

    package init(name: String, subnet: String, target: Target, groupID: String, dnsZone: String, location: SourceLocation) {
        self.name = name
        self.subnet = subnet
        self.target = target
        self.groupID = groupID
        self.dnsZone = dnsZone
        self.location = location
    }

    /// The Key Vault the endpoint reaches, if it reaches one.
    public var vault: String? {
        if case .keyVault(let name) = target { name } else { nil }
    }

    /// The public host name that resolves, through the `privatelink` CNAME, to the endpoint.
    public var targetHost: String {
        switch target {
        case .keyVault(let name): "\(name.lowercased()).vault.azure.net"
        case .apiManagement(let name): APIManagement.defaultHost(of: name, .gateway)!
        }
    }

    /// The record the zone group writes in `dnsZone` (`<target>.<zone>`).
    public var recordName: String { "\(target.name.lowercased()).\(dnsZone)" }
}

/// A secret the deployment takes as an input (never a default, never written to a file).
public struct SecretInput: Codable, Hashable, Sendable {
    public var name: String
    public var description: String
    public var location: SourceLocation

    package init(name: String, description: String, location: SourceLocation) {
        self.name = name
        self.description = description
        self.location = location
    }
}
