extension WAFPolicy: DeploymentComponent {
    /// A WAF policy resource. Associate it with `ApplicationGateway(…, firewallPolicy: name)`.
    public init(_ name: String, mode: WAFMode = .prevention, requestBody: RequestBodyInspection = .init(),
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any FirewallComponent> _ content: () -> [any FirewallComponent]) {
        let collected = FirewallContent(content())
        self.init(name: name, mode: mode, managedRuleSets: collected.managedRuleSets, exclusions: collected.exclusions,
                  customRules: collected.customRules, requestBody: requestBody, location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.wafPolicies.append(self) }
}

extension WAFConfiguration: ApplicationGatewayComponent {
    /// The legacy WAF configuration inside the gateway (what the walkthrough uses).
    public init(mode: WAFMode = .prevention, ruleSet: ManagedRuleSet.Kind = .owasp3_2, requestBody: RequestBodyInspection = .init(),
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any FirewallComponent> _ content: () -> [any FirewallComponent] = { [] }) {
        let collected = FirewallContent(content())
        self.init(mode: mode, ruleSet: ruleSet, disabledRules: collected.disabledRules, exclusions: collected.exclusions,
                  requestBody: requestBody, location: .here(file, line, column))
    }

    public func apply(to gateway: inout ApplicationGateway) { gateway.firewall = .inline(self) }
}

extension ManagedRuleSet: FirewallComponent {
    public init(_ kind: Kind, file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<WAFRuleGroupOverride> disabledRules: () -> [WAFRuleGroupOverride] = { [] }) {
        self.init(kind: kind, disabledRules: disabledRules(), location: .here(file, line, column))
    }

    public func apply(to firewall: inout FirewallContent) { firewall.managedRuleSets.append(self) }
}

extension WAFRuleGroupOverride: FirewallComponent {
    /// Rules of a group turned off, and why.
    public init(disabling rules: [Int], in group: String, reason: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(group: group, rules: rules, reason: reason, location: .here(file, line, column))
    }

    public func apply(to firewall: inout FirewallContent) { firewall.disabledRules.append(self) }
}

/// `DisableRules([942200], in: "REQUEST-942-APPLICATION-ATTACK-SQLI", reason: "…")`.
public typealias DisableRules = WAFRuleGroupOverride

extension WAFExclusion: FirewallComponent {
    public init(_ matchVariable: MatchVariable, _ selectorOperator: SelectorOperator, _ selector: String,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(matchVariable: matchVariable, selectorOperator: selectorOperator, selector: selector, location: .here(file, line, column))
    }

    public func apply(to firewall: inout FirewallContent) { firewall.exclusions.append(self) }
}

extension WAFCustomRule: FirewallComponent {
    public init(_ name: String, priority: Int, action: Action,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<MatchCondition> _ conditions: () -> [MatchCondition]) {
        self.init(name: name, priority: priority, action: action, conditions: conditions(), location: .here(file, line, column))
    }

    public func apply(to firewall: inout FirewallContent) { firewall.customRules.append(self) }
}

extension MatchCondition {
    public init(_ variable: Variable, selector: String? = nil, _ operator: Operator, _ values: [String], negate: Bool = false,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(variable: variable, selector: selector, operator: `operator`, negate: negate, values: values, location: .here(file, line, column))
    }
}
