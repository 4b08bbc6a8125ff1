/// The whole deployment as the manifest states it: the user's intent, before resolve expands
/// sugar and fills defaults. One manifest declares exactly one.
public struct Deployment: Codable, Hashable, Sendable {
    public var name: String
    public var subscription: String?
    public var resourceGroup: String
    public var region: AzureRegion
    /// Production-marked deployments get stricter checks (capacity, WAF mode).
    public var production: Bool
    public var tags: [Tag]
    public var virtualNetwork: VirtualNetwork?
    public var publicIPs: [PublicIPAddress]
    public var privateDNSZones: [PrivateDNSZone]
    public var identities: [ManagedIdentity]
    public var keyVaults: [KeyVault]
    public var apiManagement: APIManagement?
    public var applicationGateway: ApplicationGateway?
    public var wafPolicies: [WAFPolicy]
    public var logAnalytics: LogAnalyticsWorkspace?
    public var diagnosticSettings: [DiagnosticSetting]
    public var pipeline: PipelineSettings?
    public var environments: [DeploymentEnvironment]
    public var location: SourceLocation
    /// Declarations written in a helper and placed from elsewhere, in first-call order.
    public var callSites: [CallSite] = []

    package init(name: String, subscription: String? = nil, resourceGroup: String, region: AzureRegion, production: Bool = false, tags: [Tag] = [], virtualNetwork: VirtualNetwork? = nil, publicIPs: [PublicIPAddress] = [], privateDNSZones: [PrivateDNSZone] = [], identities: [ManagedIdentity] = [], keyVaults: [KeyVault] = [], apiManagement: APIManagement? = nil, applicationGateway: ApplicationGateway? = nil, wafPolicies: [WAFPolicy] = [], logAnalytics: LogAnalyticsWorkspace? = nil, diagnosticSettings: [DiagnosticSetting] = [], pipeline: PipelineSettings? = nil, environments: [DeploymentEnvironment] = [], location: SourceLocation) {
        self.name = name
        self.subscription = subscription
        self.resourceGroup = resourceGroup
        self.region = region
        self.production = production
        self.tags = tags
        self.virtualNetwork = virtualNetwork
        self.publicIPs = publicIPs
        self.privateDNSZones = privateDNSZones
        self.identities = identities
        self.keyVaults = keyVaults
        self.apiManagement = apiManagement
        self.applicationGateway = applicationGateway
        self.wafPolicies = wafPolicies
        self.logAnalytics = logAnalytics
        self.diagnosticSettings = diagnosticSettings
        self.pipeline = pipeline
        self.environments = environments
        self.location = location
    }
}

/// What a manifest process hands to `gen`: the format version and the declared deployments.
public struct ManifestEnvelope: Codable, Hashable, Sendable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var deployments: [Deployment]

    public init(formatVersion: Int = ManifestEnvelope.currentFormatVersion, deployments: [Deployment]) {
        self.formatVersion = formatVersion
        self.deployments = deployments
    }
}
