/// The legacy WAF configuration embedded in the gateway, as the walkthrough's
/// `New-AzApplicationGatewayWebApplicationFirewallConfiguration` creates it. OWASP only.
public struct WAFConfiguration: Codable, Hashable, Sendable {
    public var mode: WAFMode
    public var ruleSet: ManagedRuleSet.Kind
    public var disabledRules: [WAFRuleGroupOverride]
    public var exclusions: [WAFExclusion]
    public var requestBody: RequestBodyInspection
    public var location: SourceLocation

    package init(mode: WAFMode = .prevention, ruleSet: ManagedRuleSet.Kind = .owasp3_2, disabledRules: [WAFRuleGroupOverride] = [], exclusions: [WAFExclusion] = [], requestBody: RequestBodyInspection = .init(), location: SourceLocation) {
        self.mode = mode
        self.ruleSet = ruleSet
        self.disabledRules = disabledRules
        self.exclusions = exclusions
        self.requestBody = requestBody
        self.location = location
    }
}
