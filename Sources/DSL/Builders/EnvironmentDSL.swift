/// Something that can stand in an `Environment { … }` block: one or more overrides.
public protocol EnvironmentComponent {
    var overrides: [EnvironmentOverride] { get }
}

/// `Environment("prod", production: true) { … }`: the short name manifests use.
public typealias Environment = DeploymentEnvironment

extension DeploymentEnvironment: DeploymentComponent {
    /// A stage the deployment is promoted through, where it deploys, and what it sets
    /// differently. It gets its own resource group and globally unique names: a production
    /// environment keeps the declared ones, any other appends `-<name>` (`naming:` changes that,
    /// `ResourceName` sets one name):
    ///
    /// ```swift
    /// Environment("dev", subscription: "8f0c…", serviceConnection: "sc-apim-dev") {
    ///     APIManagementScale(sku: .developer, units: 1, zones: [])
    ///     GatewayScale(capacity: .fixed(1), zones: [])
    ///     FirewallMode(.detection)
    ///     NamedValueOverride("orders-backend-url", .plain("https://orders.dev.contoso.internal"))
    /// }
    /// Environment("prod", production: true)   // rg, apim-contoso as declared
    /// ```
    public init(_ name: String, production: Bool = false, resourceGroup: String? = nil, subscription: String? = nil, naming: EnvironmentNaming? = nil,
                serviceConnection: String? = nil, planServiceConnection: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any EnvironmentComponent> _ content: () -> [any EnvironmentComponent] = { [] }) {
        self.init(name: name, production: production, resourceGroup: resourceGroup, subscription: subscription, naming: naming,
                  serviceConnection: serviceConnection, planServiceConnection: planServiceConnection,
                  overrides: content().flatMap(\.overrides), location: .here(file, line, column))
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

/// A globally unique name in one environment, instead of the one its naming convention gives:
///
/// ```swift
/// Environment("dev") {
///     ResourceName(.apiManagement, "apim-contoso-sandbox")
///     ResourceName(.publicIPDomainLabel("pip-edge"), "contoso-edge-sandbox")
/// }
/// ```
public struct ResourceName: EnvironmentComponent {
    public let overrides: [EnvironmentOverride]

    public init(_ resource: EnvironmentOverride.NamedResource, _ name: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        overrides = [EnvironmentOverride(setting: .resourceName(resource, name), location: .here(file, line, column))]
    }
}
