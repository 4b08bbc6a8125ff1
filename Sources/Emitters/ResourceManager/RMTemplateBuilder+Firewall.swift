import DSL

/// WAF policies (settings, managed rule sets with overrides and exclusions, custom rules) and
/// the legacy inline WAF configuration of the gateway.
extension RMTemplateBuilder {
    mutating func addWAFPolicies() {
        for policy in resolved.wafPolicies {
            var settings = RMObject()
            settings.set("state", "Enabled")
            settings.set("mode", policy.name == resolved.gatewayWAFPolicy?.name ? firewallMode(policy.mode) : .string(policy.mode.rawValue))
            settings.set("requestBodyCheck", .bool(policy.requestBody.enabled))
            settings.set("maxRequestBodySizeInKb", .int(policy.requestBody.maxSizeKB))
            settings.set("fileUploadLimitInMb", .int(policy.requestBody.fileUploadLimitMB))

            var managedRules = RMObject()
            managedRules.set("managedRuleSets", .array(policy.managedRuleSets.map(Self.managedRuleSet)))
            if !policy.exclusions.isEmpty { managedRules.set("exclusions", .array(policy.exclusions.map(Self.exclusion))) }

            var properties = RMObject()
            properties.set("policySettings", .object(settings))
            properties.set("managedRules", .object(managedRules))
            if !policy.customRules.isEmpty { properties.set("customRules", .array(policy.customRules.map(Self.customRule))) }
            var body = regionalBody()
            body.set("properties", .object(properties))
            let reasons = policy.managedRuleSets.flatMap(\.disabledRules).map { Self.overrideComment($0) }
            add(RMResource(symbols.wafPolicies[policy.name]!, body: body, comment: reasons.isEmpty ? nil : reasons.joined(separator: " ")))
        }
    }

    static func overrideComment(_ override: WAFRuleGroupOverride) -> String {
        let rules = override.rules.map(String.init).joined(separator: ", ")
        return "\(override.group) rules \(rules) are off" + (override.reason.map { ": \($0)." } ?? ".")
    }

    static func managedRuleSet(_ set: ManagedRuleSet) -> RMExpression {
        var result = RMObject()
        result.set("ruleSetType", .string(set.kind.type))
        result.set("ruleSetVersion", .string(set.kind.version))
        if !set.disabledRules.isEmpty {
            result.set("ruleGroupOverrides", .array(set.disabledRules.map { override in
                ["ruleGroupName": .string(override.group),
                 "rules": .array(override.rules.map { ["ruleId": .string(String($0)), "state": "Disabled"] })]
            }))
        }
        return .object(result)
    }

    static func exclusion(_ exclusion: WAFExclusion) -> RMExpression {
        ["matchVariable": .string(exclusion.matchVariable.rawValue),
         "selectorMatchOperator": .string(exclusion.selectorOperator.rawValue),
         "selector": .string(exclusion.selector)]
    }

    static func customRule(_ rule: WAFCustomRule) -> RMExpression {
        let conditions: [RMExpression] = rule.conditions.map { condition in
            var variable = RMObject()
            variable.set("variableName", .string(condition.variable.rawValue))
            variable.set("selector", ifPresent: condition.selector.map(RMExpression.string))
            var result = RMObject()
            result.set("matchVariables", [.object(variable)])
            result.set("operator", .string(condition.operator.rawValue))
            // The API spells it `negationConditon`.
            result.set("negationConditon", .bool(condition.negate))
            result.set("matchValues", .array(condition.values.map(RMExpression.string)))
            return .object(result)
        }
        return ["name": .string(rule.name), "priority": .int(rule.priority), "ruleType": "MatchRule", "action": .string(rule.action.rawValue),
                "matchConditions": .array(conditions)]
    }

    /// The gateway's legacy `webApplicationFirewallConfiguration` (the walkthrough's
    /// `New-AzApplicationGatewayWebApplicationFirewallConfiguration`).
    /// The mode of the gateway's firewall, or the parameter that replaces it.
    func firewallMode(_ mode: WAFMode) -> RMExpression {
        environment.parameter(.firewallMode) ?? .string(mode.rawValue)
    }

    static func inlineFirewall(_ configuration: WAFConfiguration, mode: RMExpression) -> RMExpression {
        var result = RMObject()
        result.set("enabled", true)
        result.set("firewallMode", mode)
        result.set("ruleSetType", .string(configuration.ruleSet.type))
        result.set("ruleSetVersion", .string(configuration.ruleSet.version))
        if !configuration.disabledRules.isEmpty {
            result.set("disabledRuleGroups", .array(configuration.disabledRules.map { override in
                ["ruleGroupName": .string(override.group), "rules": .array(override.rules.map(RMExpression.int))]
            }))
        }
        result.set("requestBodyCheck", .bool(configuration.requestBody.enabled))
        result.set("maxRequestBodySizeInKb", .int(configuration.requestBody.maxSizeKB))
        result.set("fileUploadLimitInMb", .int(configuration.requestBody.fileUploadLimitMB))
        if !configuration.exclusions.isEmpty {
            result.set("exclusions", .array(configuration.exclusions.map(exclusion)))
        }
        return .object(result)
    }
}
