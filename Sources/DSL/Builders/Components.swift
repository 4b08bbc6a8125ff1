/// Something that can stand in a `Deployment { … }` block.
public protocol DeploymentComponent {
    /// Adds the declaration to the deployment being built.
    func apply(to deployment: inout Deployment)
}

/// Something that can stand in an `APIManagement { … }` block.
public protocol APIManagementComponent {
    /// Adds the declaration to the API Management service being built.
    func apply(to apiManagement: inout APIManagement)
}

/// Something that can stand in an `ApplicationGateway { … }` block.
public protocol ApplicationGatewayComponent {
    /// Adds the declaration to the gateway being built.
    func apply(to gateway: inout ApplicationGateway)
}

/// Something that can stand in a `Subnet { … }` block.
public protocol SubnetComponent {
    /// Attaches the declaration to the subnet being built.
    func apply(to subnet: inout Subnet)
}

/// Something that can stand in a `WAFPolicy { … }` or `WAFConfiguration { … }` block.
public protocol FirewallComponent {
    /// Adds the declaration to the firewall block being collected.
    func apply(to firewall: inout FirewallContent)
}

/// What firewall blocks collect before they become a policy or an inline configuration.
///
/// ```swift
/// WAFPolicy("waf-apim-edge-prod") {
///     ManagedRuleSet(.owasp3_2)
///     WAFExclusion(.requestHeaderNames, .equals, "x-correlation-id")
/// }
/// ```
public struct FirewallContent: Sendable {
    /// The `ManagedRuleSet`s a `WAFPolicy` runs; a `WAFConfiguration` takes its one rule set
    /// from `ruleSet:` instead.
    public var managedRuleSets: [ManagedRuleSet] = []
    /// `DisableRules` written directly in a `WAFConfiguration`. A `WAFPolicy` ignores them
    /// here: write them in its `ManagedRuleSet { … }`.
    public var disabledRules: [WAFRuleGroupOverride] = []
    /// `WAFExclusion`s, which both a policy and an inline configuration apply.
    public var exclusions: [WAFExclusion] = []
    /// `WAFCustomRule`s, which only a `WAFPolicy` runs.
    public var customRules: [WAFCustomRule] = []

    init(_ components: [any FirewallComponent]) {
        for component in components { component.apply(to: &self) }
    }
}
