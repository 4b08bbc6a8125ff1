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

    /// The listeners the portal's relaxations apply to: the portal's own, and in administrative
    /// mode the management endpoint's too, which the portal's editor calls from the browser.
    static func portalListeners(administrativeMode: Bool) -> [String] {
        let endpoints: [EndpointExposure.Endpoint] = administrativeMode ? [.developerPortal, .management] : [.developerPortal]
        return endpoints.map { "\(EndpointDefaults($0).stem)listener" }
    }

    /// The name of the WAF policy derived from `policy` for the developer portal's listeners.
    static func portalPolicyName(_ policy: String) -> String { "\(policy)-portal" }

    /// Disables the rules that break the developer portal, on the portal's listeners only: the
    /// gateway's policy is copied into `<policy>-portal` with the rules disabled and attached to
    /// those listeners, so the API host keeps the full rule set.
    mutating func relaxFirewallForPortal(_ gateway: inout ApplicationGateway, _ portal: EndpointExposure) {
        let at = portal.location
        let rules = Self.portalRules + (portal.administrativeMode ? Self.portalAdministrativeRules : [])
        let reason = portal.administrativeMode
            ? "the developer portal and its administrative mode break on these rules (Learn: APIM behind Application Gateway)"
            : "the published developer portal breaks on these rules (Learn: APIM behind Application Gateway)"
        switch gateway.firewall {
        case .none:
            return
        case .inline:
            // migrateInlineFirewall turned every WAF_v2 gateway's inline configuration into a
            // policy; a Standard_v2 gateway runs no WAF, and validation rejects rules on it.
            return
        case .policy(let name):
            guard let base = deployment.wafPolicies.first(where: { $0.name == name }),
                  let setIndex = base.managedRuleSets.firstIndex(where: { $0.kind.isCoreRuleSet }) else { return }
            let listeners = Self.portalListeners(administrativeMode: portal.administrativeMode)
                .filter { name in gateway.listeners.contains { $0.name == name && $0.firewallPolicy == nil } }
            guard !listeners.isEmpty else { return }
            var relaxed = base
            relaxed.name = Self.portalPolicyName(name)
            relaxed.location = at
            relaxed.managedRuleSets[setIndex].disabledRules = Self.merge(relaxed.managedRuleSets[setIndex].disabledRules, disabling: rules,
                                                                        in: relaxed.managedRuleSets[setIndex].kind, reason: reason, at: at)
            if !deployment.wafPolicies.contains(where: { $0.name == relaxed.name }) { deployment.wafPolicies.append(relaxed) }
            for index in gateway.listeners.indices where listeners.contains(gateway.listeners[index].name) {
                gateway.listeners[index].firewallPolicy = relaxed.name
            }
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
