/// WAF: the gateway's firewall, policies, rule overrides and custom rules.
extension ValidationContext {
    mutating func checkFirewall() {
        if let gateway = deployment.applicationGateway {
            switch gateway.firewall {
            case .none:
                if gateway.sku == .wafV2 { warning("the WAF_v2 gateway runs no WAF rules", at: gateway.location) }
            case .policy(let name):
                if gateway.sku == .standardV2 {
                    error("WAF policy '\(name)' is set on a Standard_v2 gateway, which runs no WAF", at: gateway.location, notes: [.init("use sku: .wafV2")])
                }
                if !deployment.wafPolicies.contains(where: { $0.name == name }) {
                    error("the gateway uses WAF policy '\(name)', which is not declared", at: gateway.location)
                }
            case .inline(let configuration):
                if gateway.sku == .standardV2 {
                    error("WAF rules are configured on a Standard_v2 gateway, which runs no WAF", at: configuration.location, notes: [.init("use sku: .wafV2", at: gateway.location)])
                }
                if !configuration.ruleSet.isCoreRuleSet || configuration.ruleSet == .defaultRuleSet2_1 {
                    error("the inline WAF configuration supports OWASP rule sets only; use a WAFPolicy for \(configuration.ruleSet.rawValue)", at: configuration.location)
                }
                checkMode(configuration.mode, at: configuration.location)
                checkOverrides(configuration.disabledRules, in: configuration.ruleSet)
                checkRequestBody(configuration.requestBody, at: configuration.location)
            }
        }
        let used = Set(deployment.applicationGateway.map { gateway -> [String] in
            var names = gateway.listeners.compactMap(\.firewallPolicy)
            if case .policy(let name) = gateway.firewall { names.append(name) }
            return names
        } ?? [])
        for policy in deployment.wafPolicies {
            checkMode(policy.mode, at: policy.location)
            checkRequestBody(policy.requestBody, at: policy.location)
            if !used.contains(policy.name) { warning("WAF policy '\(policy.name)' is not used by the gateway or any listener", at: policy.location) }
            if !policy.managedRuleSets.contains(where: \.kind.isCoreRuleSet) {
                warning("WAF policy '\(policy.name)' has no core rule set; add ManagedRuleSet(.owasp3_2) or ManagedRuleSet(.defaultRuleSet2_1)", at: policy.location)
            }
            checkUnique(policy.managedRuleSets, kind: "managed rule set", name: \.kind.type, location: \.location)
            for set in policy.managedRuleSets { checkOverrides(set.disabledRules, in: set.kind) }
            checkUnique(policy.customRules, kind: "custom rule", name: \.name, location: \.location)
            checkUnique(policy.customRules, kind: "custom rule priority", name: { "\($0.priority)" }, location: \.location)
            for rule in policy.customRules { checkCustomRule(rule) }
        }
    }

    private mutating func checkMode(_ mode: WAFMode, at location: SourceLocation) {
        if mode == .detection && deployment.production {
            warning("the WAF only logs in Detection mode; a production deployment should block in Prevention mode once tuned", at: location)
        }
    }

    private mutating func checkRequestBody(_ body: RequestBodyInspection, at location: SourceLocation) {
        if !(8...2000).contains(body.maxSizeKB) { error("the WAF request body limit must be 8-2000 KB (it is \(body.maxSizeKB))", at: location) }
        if !(1...4000).contains(body.fileUploadLimitMB) { error("the WAF file upload limit must be 1-4000 MB (it is \(body.fileUploadLimitMB))", at: location) }
    }

    private mutating func checkOverrides(_ overrides: [WAFRuleGroupOverride], in kind: ManagedRuleSet.Kind) {
        checkUnique(overrides, kind: "rule group override", name: \.group, location: \.location)
        let groups = kind.ruleGroups
        for override in overrides {
            guard let declared = groups.first(where: { $0.name == override.group }) else {
                let elsewhere = ManagedRuleSet.Kind.allCases.filter { $0 != kind && $0.ruleGroups.contains { $0.name == override.group } }
                let near = groups.first { $0.name.caseInsensitiveCompare(override.group) == .orderedSame || $0.name.hasSuffix(override.group) || override.group.hasSuffix($0.name) }
                var notes: [Diagnostic.Note] = []
                if let near { notes.append(.init("did you mean '\(near.name)'?")) }
                if let other = elsewhere.first { notes.append(.init("'\(override.group)' is a group of \(other.rawValue)")) }
                notes.append(.init("the groups of \(kind.rawValue): \(groups.map(\.name).joined(separator: ", "))"))
                error("\(kind.rawValue) has no rule group '\(override.group)'; Azure refuses the policy", at: override.location, notes: notes)
                continue
            }
            if declared.idPrefix == nil, !override.rules.isEmpty {
                error("the rules of \(kind.rawValue) group '\(override.group)' are named (Bot100100, …), not numbered; \(override.rules.map(String.init).joined(separator: ", ")) match none of them",
                      at: override.location, notes: [.init("disable the whole group by listing no rules: DisableRules(disabling: [], in: \"\(override.group)\", reason: …)")])
            }
            for rule in override.rules where declared.idPrefix != nil {
                if let group = kind.group(ofRule: rule) {
                    if group != override.group { error("rule \(rule) belongs to group \(group) of \(kind.rawValue), not \(override.group)", at: override.location) }
                } else {
                    error("\(kind.rawValue) has no rule \(rule): the ids of group \(override.group) are \(declared.idPrefix!)xxx", at: override.location)
                }
            }
            if override.reason == nil, !override.rules.isEmpty, override.location != .derived {
                warning("rules \(override.rules.map(String.init).joined(separator: ", ")) are disabled for every request without a reason; if one header, cookie or argument triggers them, a WAFExclusion keeps them on for the rest",
                        at: override.location, notes: [.init("say why with DisableRules(disabling: …, in: …, reason: \"…\")")])
            }
            if override.rules.isEmpty {
                warning("disabling the whole group \(override.group) turns off more than an exclusion would; prefer WAFExclusion for the request part that triggers it", at: override.location)
            }
        }
    }

    private mutating func checkCustomRule(_ rule: WAFCustomRule) {
        if !(1...100).contains(rule.priority) { error("custom rule '\(rule.name)' has priority \(rule.priority); custom rule priorities are 1 to 100", at: rule.location) }
        if rule.name.isEmpty || rule.name.count > 128 || !rule.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            error("custom rule name '\(rule.name)' may hold only letters and digits (up to 128)", at: rule.location)
        }
        if rule.conditions.isEmpty { error("custom rule '\(rule.name)' needs at least one match condition", at: rule.location) }
        for condition in rule.conditions {
            if condition.values.isEmpty && condition.operator != .any {
                error("a match condition of '\(rule.name)' has no values to match", at: condition.location)
            }
            let needsSelector: Set<MatchCondition.Variable> = [.requestHeaders, .requestCookies, .postArguments]
            if needsSelector.contains(condition.variable) && condition.selector == nil {
                error("matching \(condition.variable.rawValue) needs a selector (the header, cookie or argument name)", at: condition.location)
            }
            if condition.operator == .ipMatch, let bad = condition.values.first(where: { IPv4Address.parse($0) == nil && AddressPrefix($0).parsed == nil }) {
                error("'\(bad)' is not an IPv4 address or range for IPMatch", at: condition.location)
            }
        }
    }
}
