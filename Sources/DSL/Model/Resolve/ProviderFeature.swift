/// A preview feature the subscription must have registered before the deployment can succeed.
public struct ProviderFeature: Codable, Hashable, Sendable {
    /// The resource provider (`Microsoft.Network`).
    public var namespace: String
    /// The feature (`EnableApplicationGatewayNetworkIsolation`).
    public var name: String
    /// What needs it, as a sentence.
    public var reason: String

    public init(namespace: String, name: String, reason: String) {
        self.namespace = namespace
        self.name = name
        self.reason = reason
    }

    /// Learn, "Private Application Gateway deployment": a v2 gateway with only a private
    /// frontend IP needs this feature, registered once per subscription.
    public static let applicationGatewayNetworkIsolation = ProviderFeature(
        namespace: "Microsoft.Network", name: "EnableApplicationGatewayNetworkIsolation",
        reason: "Application Gateway has a private frontend only (no public IP), which Azure allows only with network isolation.")
}

extension ResolvedDeployment {
    /// The preview features the subscription must have registered, once each.
    public var requiredFeatures: [ProviderFeature] {
        var features: [ProviderFeature] = []
        if let gateway = deployment.applicationGateway, gateway.frontend.publicIP == nil, gateway.frontend.privateIPAddress != nil {
            features.append(.applicationGatewayNetworkIsolation)
        }
        return features
    }
}
