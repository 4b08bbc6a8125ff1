extension WAFPolicy: DeploymentComponent {
    /// A WAF policy resource. Associate it with `ApplicationGateway(…, firewallPolicy: name)`.
    /// Prevention by default, with request body inspection on (128 KB bodies, 100 MB uploads).
    /// Without a core rule set (OWASP 3.x or DRS 2.1) validation warns; bot protection goes
    /// beside one.
    ///
    /// ```swift
    /// WAFPolicy("waf-apim-edge-prod", mode: .prevention) {
    ///     ManagedRuleSet(.owasp3_2)
    ///     ManagedRuleSet(.botManager1_0)
    /// }
    /// ```
    public init(_ name: String, mode: WAFMode = .prevention, requestBody: RequestBodyInspection = .init(),
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any FirewallComponent> _ content: () -> [any FirewallComponent]) {
        let collected = FirewallContent(content())
        self.init(name: name, mode: mode, managedRuleSets: collected.managedRuleSets, exclusions: collected.exclusions,
                  customRules: collected.customRules, requestBody: requestBody, location: .here(file, line, column))
    }

    /// Adds the policy to the deployment.
    public func apply(to deployment: inout Deployment) { deployment.wafPolicies.append(self) }
}

extension WAFConfiguration: ApplicationGatewayComponent {
    /// The legacy WAF configuration inside the gateway (what the walkthrough uses).
    /// OWASP rule sets only. Resolve turns it into an equivalent `WAFPolicy`: Azure retires the
    /// inline configuration on 15 March 2027.
    ///
    /// ```swift
    /// WAFConfiguration(mode: .prevention, ruleSet: .owasp3_2) {
    ///     DisableRules(disabling: [942200], in: "REQUEST-942-APPLICATION-ATTACK-SQLI", reason: "the portal's search box")
    /// }
    /// ```
    public init(mode: WAFMode = .prevention, ruleSet: ManagedRuleSet.Kind = .owasp3_2, requestBody: RequestBodyInspection = .init(),
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any FirewallComponent> _ content: () -> [any FirewallComponent] = { [] }) {
        let collected = FirewallContent(content())
        self.init(mode: mode, ruleSet: ruleSet, disabledRules: collected.disabledRules, exclusions: collected.exclusions,
                  requestBody: requestBody, location: .here(file, line, column))
    }

    /// Sets the gateway's firewall to this inline configuration.
    public func apply(to gateway: inout ApplicationGateway) { gateway.firewall = .inline(self) }
}

extension ManagedRuleSet: FirewallComponent {
    /// A managed rule set the policy runs, with the rules turned off in it. Rule groups are the
    /// set's own (`REQUEST-942-APPLICATION-ATTACK-SQLI` in OWASP 3.2, `SQLI` in DRS 2.1).
    ///
    /// ```swift
    /// ManagedRuleSet(.owasp3_2) {
    ///     DisableRules(disabling: [942200, 942260], in: "REQUEST-942-APPLICATION-ATTACK-SQLI", reason: "search queries")
    /// }
    /// ```
    public init(_ kind: Kind, file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<WAFRuleGroupOverride> disabledRules: () -> [WAFRuleGroupOverride] = { [] }) {
        self.init(kind: kind, disabledRules: disabledRules(), location: .here(file, line, column))
    }

    /// Adds the rule set to the firewall block.
    public func apply(to firewall: inout FirewallContent) { firewall.managedRuleSets.append(self) }
}

extension WAFRuleGroupOverride: FirewallComponent {
    /// Rules of a group turned off, and why.
    /// The `reason` is written beside the override in every output; without one validation
    /// warns. No rules disables the whole group (the only way for bot groups, whose rules are
    /// named).
    ///
    /// ```swift
    /// DisableRules(disabling: [942200], in: "REQUEST-942-APPLICATION-ATTACK-SQLI", reason: "free-text search")
    /// ```
    public init(disabling rules: [Int], in group: String, reason: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(group: group, rules: rules, reason: reason, location: .here(file, line, column))
    }

    /// Adds the override to the firewall block.
    public func apply(to firewall: inout FirewallContent) { firewall.disabledRules.append(self) }
}

/// `DisableRules(disabling: [942200], in: "REQUEST-942-APPLICATION-ATTACK-SQLI", reason: "…")`.
///
/// ```swift
/// ManagedRuleSet(.owasp3_2) { DisableRules(disabling: [942200], in: "REQUEST-942-APPLICATION-ATTACK-SQLI", reason: "free-text search") }
/// ```
public typealias DisableRules = WAFRuleGroupOverride

extension WAFExclusion: FirewallComponent {
    /// A request part the WAF leaves out of rule evaluation, while every rule stays on for the
    /// rest of the request: narrower than disabling rules.
    ///
    /// ```swift
    /// WAFExclusion(.requestHeaderNames, .equals, "x-correlation-id")
    /// ```
    public init(_ matchVariable: MatchVariable, _ selectorOperator: SelectorOperator, _ selector: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(matchVariable: matchVariable, selectorOperator: selectorOperator, selector: selector, location: .here(file, line, column))
    }

    /// Adds the exclusion to the firewall block.
    public func apply(to firewall: inout FirewallContent) { firewall.exclusions.append(self) }
}

extension WAFCustomRule: FirewallComponent {
    /// A custom rule, evaluated before the managed rules when every condition matches. Azure takes
    /// priorities 1-100 and names of letters and digits.
    ///
    /// ```swift
    /// WAFCustomRule("BlockLog4ShellUserAgents", priority: 10, action: .block) {
    ///     MatchCondition(.requestHeaders, selector: "User-Agent", .contains, ["jndi:"])
    /// }
    /// ```
    public init(_ name: String, priority: Int, action: Action,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<MatchCondition> _ conditions: () -> [MatchCondition]) {
        self.init(name: name, priority: priority, action: action, conditions: conditions(), location: .here(file, line, column))
    }

    /// Adds the custom rule to the firewall block.
    public func apply(to firewall: inout FirewallContent) { firewall.customRules.append(self) }
}

extension MatchCondition {
    /// Headers, cookies and post arguments need a `selector` (the name to match); `.ipMatch` takes
    /// IPv4 addresses or CIDR ranges.
    ///
    /// ```swift
    /// MatchCondition(.requestHeaders, selector: "User-Agent", .contains, ["jndi:"])
    /// MatchCondition(.remoteAddress, .ipMatch, ["203.0.113.0/24"], negate: true)
    /// ```
    public init(_ variable: Variable, selector: String? = nil, _ operator: Operator, _ values: [String], negate: Bool = false,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(variable: variable, selector: selector, operator: `operator`, negate: negate, values: values, location: .here(file, line, column))
    }
}
