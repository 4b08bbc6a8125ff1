/// A setting whose value differs between environments, with each environment's value: what an
/// emitter turns into a variable or parameter and writes into per-environment files.
public struct EnvironmentParameter: Codable, Hashable, Sendable {
    public var kind: Kind
    /// One value per environment, in declaration order.
    public var values: [EnvironmentValue]

    public init(kind: Kind, values: [EnvironmentValue]) {
        self.kind = kind
        self.values = values
    }

    /// The settings that can differ between environments (a closed set emitters map one by one).
    public enum Kind: Codable, Hashable, Sendable {
        /// Where the environment deploys.
        case resourceGroup
        case subscription
        /// The names of the environment's own resources, and where they land.
        case apiManagementName
        case publicIPDomainLabel(String)
        /// The `<service>.azure-api.net` host of an endpoint (a gateway backend in the public
        /// topology), which follows the service's name.
        case defaultHostName(CustomHostname.Kind)
        /// API Management's private endpoint, named after the service.
        case apiManagementPrivateEndpointName
        /// The relative name of a private DNS A record in `zone` (declared as `record`), which
        /// follows the host name it resolves.
        case dnsRecordName(zone: String, record: String)
        case apiManagementSKU
        case apiManagementUnits
        case apiManagementZones
        case gatewayCapacity
        case gatewayZones
        case firewallMode
        case hostName(CustomHostname.Kind)
        case certificate(CustomHostname.Kind)
        case namedValue(String)
    }

    /// A value of a setting.
    public enum Value: Codable, Hashable, Sendable {
        case text(String)
        case number(Int)
        case numbers([Int])
        case capacity(ApplicationGateway.Capacity)
        case certificate(CertificateSource)
        case namedValue(NamedValue.Value)
    }

    /// One environment's value.
    public struct EnvironmentValue: Codable, Hashable, Sendable {
        public var environment: String
        public var value: Value

        public init(environment: String, value: Value) {
            self.environment = environment
            self.value = value
        }
    }

    /// The value of `environment`, if it has one.
    public func value(in environment: String) -> Value? {
        values.first { $0.environment == environment }?.value
    }
}

extension EnvironmentParameter.Kind {
    /// The settings an override changes.
    static func changed(by setting: EnvironmentOverride.Setting) -> [EnvironmentParameter.Kind] {
        switch setting {
        case .apiManagementSKU: [.apiManagementSKU]
        case .apiManagementUnits: [.apiManagementUnits]
        case .apiManagementZones: [.apiManagementZones]
        case .gatewayCapacity: [.gatewayCapacity]
        case .gatewayZones: [.gatewayZones]
        case .firewallMode: [.firewallMode]
        case .hostname(let kind, _, let certificate): certificate == nil ? [.hostName(kind)] : [.hostName(kind), .certificate(kind)]
        case .namedValue(let name, _): [.namedValue(name)]
        case .resourceName(.apiManagement, _): [.apiManagementName]
        case .resourceName(.publicIPDomainLabel(let ip), _): [.publicIPDomainLabel(ip)]
        }
    }

    /// The settings every environment may change without an override: where it deploys and
    /// the names its naming convention gives, with what follows from them.
    static func derived(from declared: ResolvedDeployment) -> [EnvironmentParameter.Kind] {
        var kinds: [EnvironmentParameter.Kind] = [.subscription, .resourceGroup]
        guard let apim = declared.apiManagement else { return kinds + declared.publicIPs.filter { $0.domainNameLabel != nil }.map { .publicIPDomainLabel($0.name) } }
        kinds.append(.apiManagementName)
        let backends = Set(declared.applicationGateway?.backendPools.flatMap(\.fqdns) ?? [])
        kinds += CustomHostname.Kind.allCases.filter { apim.defaultHost($0).map(backends.contains) ?? false }.map { .defaultHostName($0) }
        kinds.append(.apiManagementPrivateEndpointName)
        kinds += declared.publicIPs.filter { $0.domainNameLabel != nil }.map { .publicIPDomainLabel($0.name) }
        return kinds
    }

    /// The setting's value in a resolved deployment, nil where the deployment has no such thing.
    public func value(in resolved: ResolvedDeployment) -> EnvironmentParameter.Value? {
        let apim = resolved.apiManagement, gateway = resolved.applicationGateway
        switch self {
        case .resourceGroup: return .text(resolved.resourceGroup)
        case .subscription: return resolved.deployment.subscription.map { .text($0) }
        case .apiManagementName: return apim.map { .text($0.name) }
        case .publicIPDomainLabel(let ip): return resolved.publicIPs.first { $0.name == ip }?.domainNameLabel.map { .text($0) }
        case .defaultHostName(let kind): return apim?.defaultHost(kind).map { .text($0) }
        case .apiManagementPrivateEndpointName:
            return resolved.privateEndpoints.first { if case .apiManagement = $0.target { true } else { false } }.map { .text($0.name) }
        case .dnsRecordName(let zone, let record):
            // Declared name only: an environment's record is matched by the host it resolves
            // (`EnvironmentResolution.dnsRecordParameters`).
            return resolved.privateDNSZones.first { $0.name == zone }?.records.first { $0.name == record }.map { .text($0.name) }
        case .apiManagementSKU: return apim.map { .text($0.sku.rawValue) }
        case .apiManagementUnits: return apim.map { .number($0.units) }
        case .apiManagementZones: return apim.map { .numbers($0.zones) }
        case .gatewayCapacity: return gateway.map { .capacity($0.capacity) }
        case .gatewayZones: return gateway.map { .numbers($0.zones) }
        case .firewallMode:
            if let policy = resolved.gatewayWAFPolicy { return .text(policy.mode.rawValue) }
            if case .inline(let configuration)? = gateway?.firewall { return .text(configuration.mode.rawValue) }
            return nil
        case .hostName(let kind): return apim?.hostname(kind).map { .text($0.hostName) }
        case .certificate(let kind): return apim?.hostname(kind).map { .certificate($0.certificate) }
        case .namedValue(let name): return apim?.content.namedValues.first { $0.name == name }.map { .namedValue($0.value) }
        }
    }
}
