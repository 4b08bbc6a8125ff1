import DSL

/// The gateway's WAF: the walkthrough's inline configuration, or a WAF policy resource with its
/// managed rule sets, rule overrides, exclusions and custom rules.
extension DeployScript {
    func firewallStatements(_ gateway: ApplicationGateway) -> [PSStatement] {
        switch gateway.firewall {
        case .none:
            return []
        case .inline(let configuration):
            return inlineFirewall(configuration)
        case .policy(let name):
            var statements = [ScriptIdioms.declare("wafPolicies")]
            for policy in deployment.wafPolicies where policy.name == name || gateway.listeners.contains(where: { $0.firewallPolicy == policy.name }) {
                statements += firewallPolicy(policy)
            }
            return statements
        }
    }

    private func overrideComments(_ overrides: [WAFRuleGroupOverride]) -> [PSStatement] {
        overrides.compactMap { group in group.reason.map { ScriptIdioms.comment("\(group.group) \(group.rules.map(String.init).joined(separator: ", ")): \($0).") } }
    }

    private func inlineFirewall(_ configuration: WAFConfiguration) -> [PSStatement] {
        var arguments: [PSArgument] = [
            .named("Enabled", .bool(true)), .named("FirewallMode", environment.value(.firewallMode) ?? .bareword(configuration.mode.rawValue)),
            .named("RuleSetType", .bareword(configuration.ruleSet.type)), .named("RuleSetVersion", .string(configuration.ruleSet.version)),
        ]
        if !configuration.disabledRules.isEmpty {
            arguments.append(.named("DisabledRuleGroup", .arrayBlock(configuration.disabledRules.map { group in
                .command(PSCommand("New-AzApplicationGatewayFirewallDisabledRuleGroupConfig", [
                    .named("RuleGroupName", .string(group.group)), .named("Rules", .array(group.rules.map { .int($0) })),
                ]))
            })))
        }
        if !configuration.exclusions.isEmpty {
            arguments.append(.named("Exclusion", .arrayBlock(configuration.exclusions.map { exclusion in
                .command(PSCommand("New-AzApplicationGatewayFirewallExclusionConfig", [
                    .named("Variable", .bareword(exclusion.matchVariable.rawValue)), .named("Operator", .bareword(exclusion.selectorOperator.rawValue)),
                    .named("Selector", .string(exclusion.selector)),
                ]))
            })))
        }
        arguments += [
            .named("RequestBodyCheck", .bool(configuration.requestBody.enabled)),
            .named("MaxRequestBodySizeInKb", .int(configuration.requestBody.maxSizeKB)),
            .named("FileUploadLimitInMb", .int(configuration.requestBody.fileUploadLimitMB)),
        ]
        return overrideComments(configuration.disabledRules) + [
            .assign(.variable("webApplicationFirewallConfiguration"), .command(InMemoryConfiguration.command("New-AzApplicationGatewayWebApplicationFirewallConfiguration", arguments))),
        ]
    }

    private func firewallPolicy(_ policy: WAFPolicy) -> [PSStatement] {
        // The environments' WAF mode is the mode of the gateway's own policy.
        let mode = policy.name == resolved.gatewayWAFPolicy?.name ? environment.value(.firewallMode) : nil
        var settings: [PSArgument] = [.named("Mode", mode ?? .bareword(policy.mode.rawValue)), .named("State", .bareword("Enabled"))]
        if !policy.requestBody.enabled { settings.append(.switch("DisableRequestBodyCheck")) }
        settings += [
            .named("MaxRequestBodySizeInKb", .int(policy.requestBody.maxSizeKB)),
            .named("MaxFileUploadInMb", .int(policy.requestBody.fileUploadLimitMB)),
        ]
        var statements: [PSStatement] = [
            .assign(.variable("wafPolicySetting"), .command(PSCommand("New-AzApplicationGatewayFirewallPolicySetting", settings))),
        ]
        statements += policy.managedRuleSets.flatMap { overrideComments($0.disabledRules) }
        var managed: [PSArgument] = [.named("ManagedRuleSet", .arrayBlock(policy.managedRuleSets.map { .command(managedRuleSet($0)) }))]
        if !policy.exclusions.isEmpty {
            managed.append(.named("Exclusion", .arrayBlock(policy.exclusions.map { exclusion in
                .command(PSCommand("New-AzApplicationGatewayFirewallPolicyExclusion", [
                    .named("MatchVariable", .bareword(exclusion.matchVariable.rawValue)),
                    .named("SelectorMatchOperator", .bareword(exclusion.selectorOperator.rawValue)),
                    .named("Selector", .string(exclusion.selector)),
                ]))
            })))
        }
        statements.append(.assign(.variable("wafManagedRules"), .command(PSCommand("New-AzApplicationGatewayFirewallPolicyManagedRule", managed))))
        var arguments: [PSArgument] = [
            .named("Name", .string(policy.name)), ScriptIdioms.resourceGroup, ScriptIdioms.location,
            .named("PolicySetting", .variable("wafPolicySetting")), .named("ManagedRule", .variable("wafManagedRules")),
        ]
        if !policy.customRules.isEmpty {
            arguments.append(.named("CustomRule", .arrayBlock(policy.customRules.map { .command(customRule($0)) })))
        }
        statements += ScriptIdioms.apply(
            ScriptIdioms.item("wafPolicies", policy.name), "WAF policy", target: .string(policy.name),
            get: PSCommand("Get-AzApplicationGatewayFirewallPolicy", [.named("Name", .string(policy.name)), ScriptIdioms.resourceGroup]),
            create: PSCommand("New-AzApplicationGatewayFirewallPolicy", arguments + tagArguments + [.switch("Force")]))
        return statements
    }

    private func managedRuleSet(_ set: ManagedRuleSet) -> PSCommand {
        var arguments: [PSArgument] = [.named("RuleSetType", .bareword(set.kind.type)), .named("RuleSetVersion", .string(set.kind.version))]
        if !set.disabledRules.isEmpty {
            arguments.append(.named("RuleGroupOverride", .arrayBlock(set.disabledRules.map { group in
                .command(PSCommand("New-AzApplicationGatewayFirewallPolicyManagedRuleGroupOverride", [
                    .named("RuleGroupName", .string(group.group)),
                    .named("Rule", .arrayBlock(group.rules.map { rule in
                        .command(PSCommand("New-AzApplicationGatewayFirewallPolicyManagedRuleOverride", [
                            .named("RuleId", .string(String(rule))), .named("State", .bareword("Disabled")),
                        ]))
                    })),
                ]))
            })))
        }
        return PSCommand("New-AzApplicationGatewayFirewallPolicyManagedRuleSet", arguments)
    }

    private func customRule(_ rule: WAFCustomRule) -> PSCommand {
        let conditions: [PSExpression] = rule.conditions.map { condition in
            var variable: [PSArgument] = [.named("VariableName", .bareword(condition.variable.rawValue))]
            if let selector = condition.selector { variable.append(.named("Selector", .string(selector))) }
            var arguments: [PSArgument] = [
                .named("MatchVariable", .command(PSCommand("New-AzApplicationGatewayFirewallMatchVariable", variable))),
                .named("Operator", .bareword(condition.operator.rawValue)),
                .named("NegationCondition", .bool(condition.negate)),
            ]
            if !condition.values.isEmpty { arguments.append(.named("MatchValue", ScriptIdioms.strings(condition.values))) }
            return .command(PSCommand("New-AzApplicationGatewayFirewallCondition", arguments))
        }
        return PSCommand("New-AzApplicationGatewayFirewallCustomRule", [
            .named("Name", .string(rule.name)), .named("Priority", .int(rule.priority)), .named("RuleType", .bareword("MatchRule")),
            .named("MatchCondition", .arrayBlock(conditions)), .named("Action", .bareword(rule.action.rawValue)),
        ])
    }
}
