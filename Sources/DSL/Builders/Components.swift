/// Something that can stand in a `Deployment { … }` block.
public protocol DeploymentComponent {
    func apply(to deployment: inout Deployment)
}

/// Something that can stand in an `APIManagement { … }` block.
public protocol APIManagementComponent {
    func apply(to apiManagement: inout APIManagement)
}

/// Something that can stand in an `ApplicationGateway { … }` block.
public protocol ApplicationGatewayComponent {
    func apply(to gateway: inout ApplicationGateway)
}

/// Something that can stand in a `Subnet { … }` block.
public protocol SubnetComponent {
    func apply(to subnet: inout Subnet)
}

/// Something that can stand in a `WAFPolicy { … }` or `WAFConfiguration { … }` block.
public protocol FirewallComponent {
    func apply(to firewall: inout FirewallContent)
}

/// What firewall blocks collect before they become a policy or an inline configuration.
public struct FirewallContent: Sendable {
    public var managedRuleSets: [ManagedRuleSet] = []
    public var disabledRules: [WAFRuleGroupOverride] = []
    public var exclusions: [WAFExclusion] = []
    public var customRules: [WAFCustomRule] = []

    init(_ components: [any FirewallComponent]) {
        for component in components { component.apply(to: &self) }
    }
}
