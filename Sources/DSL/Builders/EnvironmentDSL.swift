/// Something that can stand in an `Environment { … }` block: one or more overrides.
public protocol EnvironmentComponent {
    var overrides: [EnvironmentOverride] { get }
}

/// `Environment("prod", production: true) { … }`: the short name manifests use.
public typealias Environment = DeploymentEnvironment

extension DeploymentEnvironment: DeploymentComponent {
    /// A stage the deployment is promoted through, with what it sets differently:
    ///
    /// ```swift
    /// Environment("dev") {
    ///     APIManagementScale(sku: .developer, units: 1, zones: [])
    ///     GatewayScale(capacity: .fixed(1), zones: [])
    ///     FirewallMode(.detection)
    ///     NamedValueOverride("orders-backend-url", .plain("https://orders.dev.contoso.internal"))
    /// }
    /// ```
    public init(_ name: String, production: Bool = false, file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any EnvironmentComponent> _ content: () -> [any EnvironmentComponent] = { [] }) {
        self.init(name: name, production: production, overrides: content().flatMap(\.overrides), location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.environments.append(self) }
}

/// API Management's tier, units and zones in one environment; what is left out stays as declared.
public struct APIManagementScale: EnvironmentComponent {
    public let overrides: [EnvironmentOverride]

    public init(sku: APIManagement.SKU? = nil, units: Int? = nil, zones: [Int]? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        let at = SourceLocation.here(file, line, column)
        overrides = [sku.map { .apiManagementSKU($0) }, units.map { .apiManagementUnits($0) }, zones.map { .apiManagementZones($0) }]
            .compactMap { $0.map { EnvironmentOverride(setting: $0, location: at) } }
    }
}

/// The gateway's capacity and zones in one environment; what is left out stays as declared.
public struct GatewayScale: EnvironmentComponent {
    public let overrides: [EnvironmentOverride]

    public init(capacity: ApplicationGateway.Capacity? = nil, zones: [Int]? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        let at = SourceLocation.here(file, line, column)
        overrides = [capacity.map { .gatewayCapacity($0) }, zones.map { .gatewayZones($0) }]
            .compactMap { $0.map { EnvironmentOverride(setting: $0, location: at) } }
    }
}

/// The mode of the gateway's WAF in one environment (Detection while tuning in dev).
public struct FirewallMode: EnvironmentComponent {
    public let overrides: [EnvironmentOverride]

    public init(_ mode: WAFMode, file: String = #filePath, line: Int = #line, column: Int = #column) {
        overrides = [EnvironmentOverride(setting: .firewallMode(mode), location: .here(file, line, column))]
    }
}

/// An API Management endpoint's host name (and certificate) in one environment; the gateway's
/// listener, probe, certificate and DNS record follow it.
public struct HostnameOverride: EnvironmentComponent {
    public let overrides: [EnvironmentOverride]

    public init(_ kind: CustomHostname.Kind, _ hostName: String, certificate: CertificateSource? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        overrides = [EnvironmentOverride(setting: .hostname(kind, hostName: hostName, certificate: certificate), location: .here(file, line, column))]
    }
}

/// A named value's value in one environment: how policies take per-environment values.
public struct NamedValueOverride: EnvironmentComponent {
    public let overrides: [EnvironmentOverride]

    public init(_ name: String, _ value: NamedValue.Value, file: String = #filePath, line: Int = #line, column: Int = #column) {
        overrides = [EnvironmentOverride(setting: .namedValue(name, value), location: .here(file, line, column))]
    }
}
