/// WAF defaults: a WAF_v2 gateway always runs rules, and the developer portal gets the rule
/// exclusions the Learn walkthrough lists.
extension ResolveContext {
    /// Rules that break the published developer portal (Learn walkthrough).
    static let portalRules = [942200, 942260, 942370, 942430, 942440]
    /// Further rules that break the portal's administrative mode.
    static let portalAdministrativeRules = [920300, 920330, 931130, 942100, 942110, 942180, 942340]

    /// A WAF_v2 gateway without firewall settings gets a policy with OWASP 3.2 in Prevention.
    mutating func defaultFirewall() {
        guard var gateway = deployment.applicationGateway, gateway.sku == .wafV2, gateway.firewall == .none else { return }
        let name = "waf-\(gateway.name)"
        if !deployment.wafPolicies.contains(where: { $0.name == name }) {
            deployment.wafPolicies.append(WAFPolicy(name: name, mode: .prevention,
                                                    managedRuleSets: [ManagedRuleSet(kind: .owasp3_2, location: gateway.location)],
                                                    location: gateway.location))
        }
        gateway.firewall = .policy(name)
        deployment.applicationGateway = gateway
    }

    /// The gateway's inline WAF configuration (the Learn walkthrough's
    /// `New-AzApplicationGatewayWebApplicationFirewallConfiguration`) becomes a WAF policy with
    /// the same mode, rule set, disabled rules, exclusions and body limits: Azure retires the
    /// inline configuration on 15 March 2027, and new gateways should use a policy.
    mutating func migrateInlineFirewall() {
        guard var gateway = deployment.applicationGateway, gateway.sku == .wafV2, case .inline(let configuration) = gateway.firewall else { return }
        var name = "waf-\(gateway.name)"
        while deployment.wafPolicies.contains(where: { $0.name == name }) { name += "-inline" }
        deployment.wafPolicies.append(WAFPolicy(name: name, mode: configuration.mode,
                                                managedRuleSets: [ManagedRuleSet(kind: configuration.ruleSet, disabledRules: configuration.disabledRules, location: configuration.location)],
                                                exclusions: configuration.exclusions, requestBody: configuration.requestBody, location: configuration.location))
        gateway.firewall = .policy(name)
        deployment.applicationGateway = gateway
    }

    mutating func relaxFirewallForPortal(_ gateway: inout ApplicationGateway, administrativeMode: Bool, at location: SourceLocation) {
        let rules = Self.portalRules + (administrativeMode ? Self.portalAdministrativeRules : [])
        let reason = administrativeMode
            ? "the developer portal and its administrative mode break on these rules (Learn: APIM behind Application Gateway)"
            : "the published developer portal breaks on these rules (Learn: APIM behind Application Gateway)"
        switch gateway.firewall {
        case .none:
            return
        case .inline(var configuration):
            configuration.disabledRules = Self.merge(configuration.disabledRules, disabling: rules, in: configuration.ruleSet, reason: reason, at: location)
            gateway.firewall = .inline(configuration)
        case .policy(let name):
            guard let index = deployment.wafPolicies.firstIndex(where: { $0.name == name }),
                  let setIndex = deployment.wafPolicies[index].managedRuleSets.firstIndex(where: { $0.kind.isCoreRuleSet }) else { return }
            var set = deployment.wafPolicies[index].managedRuleSets[setIndex]
            set.disabledRules = Self.merge(set.disabledRules, disabling: rules, in: set.kind, reason: reason, at: location)
            deployment.wafPolicies[index].managedRuleSets[setIndex] = set
        }
    }

    /// Adds rules to their groups' overrides, keeping groups and rule ids sorted and unique.
    static func merge(_ overrides: [WAFRuleGroupOverride], disabling rules: [Int], in kind: ManagedRuleSet.Kind, reason: String, at location: SourceLocation) -> [WAFRuleGroupOverride] {
        var result = overrides
        for rule in rules {
            guard let group = kind.group(ofRule: rule) else { continue }
            if let index = result.firstIndex(where: { $0.group == group }) {
                if !result[index].rules.contains(rule) {
                    result[index].rules.append(rule)
                    result[index].rules.sort()
                }
            } else {
                result.append(WAFRuleGroupOverride(group: group, rules: [rule], reason: reason, location: location))
            }
        }
        return result.sorted { $0.group < $1.group }
    }
}
