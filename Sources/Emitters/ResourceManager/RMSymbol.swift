/// How a template refers to one of its resources: the Bicep symbol, and the type, API
/// version and name segments ARM needs for `resourceId()` and `reference()`.
public struct RMSymbol: Hashable, Sendable {
    /// The Bicep symbolic name (`applicationGateway`).
    public var symbol: String
    /// The full type, children included: `Microsoft.Network/privateDnsZones/A`.
    public var type: String
    public var apiVersion: String
    /// Parents' names first, then the resource's own: `['contoso.net', 'api']`.
    public var nameSegments: [RMExpression]
    /// For an extension resource, the type and name segments of the resource it extends:
    /// its ID is `extensionResourceId(resourceId(scope), type, name)`.
    public var scopeType: String?
    public var scopeNameSegments: [RMExpression]

    public init(symbol: String, type: String, apiVersion: String, nameSegments: [RMExpression], extending scope: RMSymbol? = nil) {
        self.symbol = symbol
        self.type = type
        self.apiVersion = apiVersion
        self.nameSegments = nameSegments
        self.scopeType = scope?.type
        self.scopeNameSegments = scope?.nameSegments ?? []
    }

    /// The resource's own (last) name segment.
    public var name: RMExpression { nameSegments.last ?? "" }
}
