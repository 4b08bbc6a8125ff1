/// A product: the APIs a subscription grants, whether subscribing needs approval, how many
/// subscriptions a user may hold, and the product's policies (where quotas live).
public struct Product: Codable, Hashable, Sendable {
    public var name: String
    public var displayName: String
    public var description: String?
    /// Declared APIs (by name) the product includes.
    public var apis: [String]
    public var subscriptionRequired: Bool
    public var approvalRequired: Bool
    /// Subscriptions one user may hold; nil is unlimited.
    public var subscriptionsLimit: Int?
    public var published: Bool
    public var policies: PolicyDocument?
    public var location: SourceLocation

    package init(name: String, displayName: String? = nil, description: String? = nil, apis: [String] = [], subscriptionRequired: Bool = true,
                approvalRequired: Bool = false, subscriptionsLimit: Int? = nil, published: Bool = true, policies: PolicyDocument? = nil, location: SourceLocation) {
        self.name = name
        self.displayName = displayName ?? name
        self.description = description
        self.apis = apis
        self.subscriptionRequired = subscriptionRequired
        self.approvalRequired = approvalRequired
        self.subscriptionsLimit = subscriptionsLimit
        self.published = published
        self.policies = policies
        self.location = location
    }
}
