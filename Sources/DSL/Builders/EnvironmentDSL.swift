/// Something that can stand in an `Environment { … }` block: one or more overrides.
public protocol EnvironmentComponent {
    /// The settings this declaration changes, located at its line; a later override of the same
    /// setting wins.
    var overrides: [EnvironmentOverride] { get }
}

/// `Environment("prod", production: true) { … }`: the short name manifests use.
///
/// ```swift
/// Environment("dev") { FirewallMode(.detection) }
/// Environment("prod", production: true)
/// ```
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

    /// Adds the environment to the deployment; pipelines promote through environments in
    /// declaration order.
    public func apply(to deployment: inout Deployment) { deployment.environments.append(self) }
}

/// API Management's tier, units and zones in one environment; what is left out stays as declared.
///
/// ```swift
/// Environment("dev") { APIManagementScale(sku: .developer, units: 1, zones: []) }
/// ```
public struct APIManagementScale: EnvironmentComponent {
    /// One override per argument given: tier, units, zones.
    public let overrides: [EnvironmentOverride]

    /// Pass `zones: []` with a tier that has no zones: only Premium takes a zone list, and
    /// Developer runs one unit.
    ///
    /// ```swift
    /// APIManagementScale(sku: .developer, units: 1, zones: [])
    /// APIManagementScale(units: 2)
    /// ```
    public init(sku: APIManagement.SKU? = nil, units: Int? = nil, zones: [Int]? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        let at = SourceLocation.here(file, line, column)
        overrides = [sku.map { .apiManagementSKU($0) }, units.map { .apiManagementUnits($0) }, zones.map { .apiManagementZones($0) }]
            .compactMap { $0.map { EnvironmentOverride(setting: $0, location: at) } }
    }
}

/// The gateway's capacity and zones in one environment; what is left out stays as declared.
///
/// ```swift
/// Environment("dev") { GatewayScale(capacity: .autoscale(minimum: 0, maximum: 2), zones: []) }
/// ```
public struct GatewayScale: EnvironmentComponent {
    /// One override per argument given: capacity, zones.
    public let overrides: [EnvironmentOverride]

    /// Autoscale takes a minimum of 0-125 and a maximum of 2-125; a production environment with
    /// fewer than two instances gets a warning. Zones stay as declared unless `zones` is given.
    ///
    /// ```swift
    /// GatewayScale(capacity: .autoscale(minimum: 0, maximum: 2), zones: [])
    /// ```
    public init(capacity: ApplicationGateway.Capacity? = nil, zones: [Int]? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        let at = SourceLocation.here(file, line, column)
        overrides = [capacity.map { .gatewayCapacity($0) }, zones.map { .gatewayZones($0) }]
            .compactMap { $0.map { EnvironmentOverride(setting: $0, location: at) } }
    }
}

/// The mode of the gateway's WAF in one environment (Detection while tuning in dev).
///
/// ```swift
/// Environment("dev") { FirewallMode(.detection) }
/// ```
public struct FirewallMode: EnvironmentComponent {
    /// The one mode override.
    public let overrides: [EnvironmentOverride]

    /// It changes the mode of the gateway's WAF policy (the derived `waf-<gateway>` one too) or of
    /// its inline configuration; a production environment in Detection gets a warning.
    ///
    /// ```swift
    /// FirewallMode(.detection)
    /// ```
    public init(_ mode: WAFMode, file: String = #filePath, line: Int = #line, column: Int = #column) {
        overrides = [EnvironmentOverride(setting: .firewallMode(mode), location: .here(file, line, column))]
    }
}

/// An API Management endpoint's host name (and certificate) in one environment; the gateway's
/// listener, probe, certificate and DNS record follow it.
///
/// ```swift
/// Environment("dev") {
///     HostnameOverride(.gateway, "api.dev.wingtip.com",
///                      certificate: .pfx(path: "certificates/api-dev-wingtip-com.pfx", password: .parameter("apiCertPfxPassword")))
/// }
/// ```
public struct HostnameOverride: EnvironmentComponent {
    /// The one host name override.
    public let overrides: [EnvironmentOverride]

    /// Without `certificate` the declared host name's certificate serves the new name too, so it
    /// must cover it.
    ///
    /// ```swift
    /// HostnameOverride(.gateway, "api.test.tailspin.com",
    ///                  certificate: .pfx(path: "certificates/api-test-tailspin-com.pfx", password: .parameter("gatewayCertPfxPassword")))
    /// ```
    public init(_ kind: CustomHostname.Kind, _ hostName: String, certificate: CertificateSource? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        overrides = [EnvironmentOverride(setting: .hostname(kind, hostName: hostName, certificate: certificate), location: .here(file, line, column))]
    }
}

/// A named value's value in one environment: how policies take per-environment values.
///
/// ```swift
/// Environment("dev") { NamedValueOverride("cors-origin", .plain("https://shop.dev.wingtip.com")) }
/// ```
public struct NamedValueOverride: EnvironmentComponent {
    /// The one named value override.
    public let overrides: [EnvironmentOverride]

    /// The named value must be declared in `APIManagement { … }`; the value here may be of
    /// another kind (plain text in dev, a Key Vault secret in prod).
    ///
    /// ```swift
    /// NamedValueOverride("orders-backend-url", .plain("https://orders.dev.wingtip.com/api"))
    /// ```
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
    /// The one name override.
    public let overrides: [EnvironmentOverride]

    /// `.publicIPDomainLabel(ip)` needs that public IP to declare a `domainNameLabel`.
    ///
    /// ```swift
    /// ResourceName(.apiManagement, "apim-contoso-sandbox")
    /// ```
    public init(_ resource: EnvironmentOverride.NamedResource, _ name: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        overrides = [EnvironmentOverride(setting: .resourceName(resource, name), location: .here(file, line, column))]
    }
}
