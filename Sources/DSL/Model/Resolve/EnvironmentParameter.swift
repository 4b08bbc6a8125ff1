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
        }
    }

    /// The setting's value in a resolved deployment, nil where the deployment has no such thing.
    public func value(in resolved: ResolvedDeployment) -> EnvironmentParameter.Value? {
        let apim = resolved.apiManagement, gateway = resolved.applicationGateway
        switch self {
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
