/// A web application firewall policy resource (`ApplicationGatewayWebApplicationFirewallPolicies`).
public struct WAFPolicy: Codable, Hashable, Sendable {
    public var name: String
    public var mode: WAFMode
    public var managedRuleSets: [ManagedRuleSet]
    public var exclusions: [WAFExclusion]
    public var customRules: [WAFCustomRule]
    public var requestBody: RequestBodyInspection
    public var location: SourceLocation

    package init(name: String, mode: WAFMode = .prevention, managedRuleSets: [ManagedRuleSet] = [], exclusions: [WAFExclusion] = [], customRules: [WAFCustomRule] = [], requestBody: RequestBodyInspection = .init(), location: SourceLocation) {
        self.name = name
        self.mode = mode
        self.managedRuleSets = managedRuleSets
        self.exclusions = exclusions
        self.customRules = customRules
        self.requestBody = requestBody
        self.location = location
    }
}

/// Detection logs; Prevention blocks. Prevention is the secure default.
public enum WAFMode: String, Codable, Hashable, Sendable, CaseIterable {
    case detection = "Detection"
    case prevention = "Prevention"
}

/// Request body inspection limits.
public struct RequestBodyInspection: Codable, Hashable, Sendable {
    public var enabled: Bool
    public var maxSizeKB: Int
    public var fileUploadLimitMB: Int

    public init(enabled: Bool = true, maxSizeKB: Int = 128, fileUploadLimitMB: Int = 100) {
        self.enabled = enabled
        self.maxSizeKB = maxSizeKB
        self.fileUploadLimitMB = fileUploadLimitMB
    }
}
