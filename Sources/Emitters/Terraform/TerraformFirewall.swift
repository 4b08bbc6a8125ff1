import DSL

/// `waf.tf`: web application firewall policies (managed rule sets with their disabled rules,
/// exclusions, custom rules), and the legacy inline `waf_configuration` of the gateway.
extension TerraformContext {
    var firewallFile: HCLFile {
        HCLFile(deployment.wafPolicies.map(wafPolicy))
    }

    static let wafPolicyResource = "azurerm_web_application_firewall_policy"

    private func wafPolicy(_ policy: WAFPolicy) -> HCLBodyItem {
        var body = placement(policy.name)
        body.append(.blankLine)
        body.append(TF.block("policy_settings", body: [
            TF.attr("enabled", true),
            TF.attr("mode", firewallMode(policy.mode, ofGateway: policy.name == resolved.gatewayWAFPolicy?.name)),
            TF.attr("request_body_check", .bool(policy.requestBody.enabled)),
            TF.attr("max_request_body_size_in_kb", .number(policy.requestBody.maxSizeKB)),
            TF.attr("file_upload_limit_in_mb", .number(policy.requestBody.fileUploadLimitMB)),
        ]))
        for rule in policy.customRules.sorted(by: { $0.priority < $1.priority }) {
            body.append(.blankLine)
            body.append(customRule(rule))
        }
        var managed: [HCLBodyItem] = []
        for exclusion in policy.exclusions {
            managed.append(TF.block("exclusion", body: [
                TF.attr("match_variable", .string(exclusion.matchVariable.rawValue)),
                TF.attr("selector_match_operator", .string(exclusion.selectorOperator.rawValue)),
                TF.attr("selector", .string(exclusion.selector)),
            ]))
            managed.append(.blankLine)
        }
        for set in policy.managedRuleSets {
            var setBody: [HCLBodyItem] = [
                TF.attr("type", .string(set.kind.type)),
                TF.attr("version", .string(set.kind.version)),
            ]
            for override in set.disabledRules {
                setBody.append(.blankLine)
                if let reason = override.reason { setBody.append(.comment("Disabled: \(reason).")) }
                setBody.append(TF.block("rule_group_override", body: [TF.attr("rule_group_name", .string(override.group))] + override.rules.map { id in
                    TF.block("rule", body: [TF.attr("id", .string(String(id))), TF.attr("enabled", false)])
                }))
            }
            managed.append(TF.block("managed_rule_set", body: setBody))
            managed.append(.blankLine)
        }
        body.append(.blankLine)
        body.append(TF.block("managed_rules", body: managed))
        return TF.resource(Self.wafPolicyResource, names.wafPolicy(policy.name), body + tags)
    }

    private func customRule(_ rule: WAFCustomRule) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("name", .string(rule.name)),
            TF.attr("priority", .number(rule.priority)),
            TF.attr("rule_type", "MatchRule"),
            TF.attr("action", .string(rule.action.rawValue)),
        ]
        for condition in rule.conditions {
            var variable: [HCLBodyItem] = [TF.attr("variable_name", .string(condition.variable.rawValue))]
            if let selector = condition.selector { variable.append(TF.attr("selector", .string(selector))) }
            body.append(.blankLine)
            body.append(TF.block("match_conditions", body: [
                TF.block("match_variables", body: variable),
                TF.attr("operator", .string(condition.operator.rawValue)),
                TF.attr("negation_condition", .bool(condition.negate)),
                TF.attr("match_values", TF.strings(condition.values)),
            ]))
        }
        return TF.block("custom_rules", body: body)
    }

    /// The gateway's WAF mode follows the environment; other policies (per listener) keep theirs.
    private func firewallMode(_ mode: WAFMode, ofGateway: Bool) -> HCLExpression {
        guard ofGateway, let variable = environment.firewallMode else { return .string(mode.rawValue) }
        return TF.variable(variable)
    }

    /// The gateway's legacy `waf_configuration` block (the walkthrough's inline WAF settings).
    func inlineFirewall(_ configuration: WAFConfiguration) -> HCLBodyItem {
        var body: [HCLBodyItem] = [
            TF.attr("enabled", true),
            TF.attr("firewall_mode", firewallMode(configuration.mode, ofGateway: true)),
            TF.attr("rule_set_type", .string(configuration.ruleSet.type)),
            TF.attr("rule_set_version", .string(configuration.ruleSet.version)),
            TF.attr("request_body_check", .bool(configuration.requestBody.enabled)),
            TF.attr("max_request_body_size_kb", .number(configuration.requestBody.maxSizeKB)),
            TF.attr("file_upload_limit_mb", .number(configuration.requestBody.fileUploadLimitMB)),
        ]
        for override in configuration.disabledRules {
            body.append(.blankLine)
            if let reason = override.reason { body.append(.comment("Disabled: \(reason).")) }
            body.append(TF.block("disabled_rule_group", body: [
                TF.attr("rule_group_name", .string(override.group)),
                TF.attr("rules", .list(override.rules.map(HCLExpression.number))),
            ]))
        }
        for exclusion in configuration.exclusions {
            body.append(.blankLine)
            body.append(TF.block("exclusion", body: [
                TF.attr("match_variable", .string(exclusion.matchVariable.rawValue)),
                TF.attr("selector_match_operator", .string(exclusion.selectorOperator.rawValue)),
                TF.attr("selector", .string(exclusion.selector)),
            ]))
        }
        return TF.block("waf_configuration", body: body)
    }
}
