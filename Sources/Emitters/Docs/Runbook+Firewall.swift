import DSL

extension Runbook {
    /// WAF mode, rule sets, what is relaxed and why, custom rules.
    var firewallSection: [MarkdownBlock] {
        guard let gateway = topology.gateway else { return [] }
        var blocks: [MarkdownBlock] = [.heading(2, ["Web application firewall"])]
        guard let firewall = topology.firewall else {
            blocks.append(.paragraph(["The gateway (", .text(gateway.sku.rawValue), ") runs no web application firewall."]))
            return blocks
        }
        blocks += describe(firewall)
        let listenerPolicies = gateway.listeners.compactMap { listener in listener.firewallPolicy.map { (listener.name, $0) } }
        for (listener, name) in listenerPolicies {
            guard let policy = resolved.wafPolicies.first(where: { $0.name == name }) else { continue }
            blocks.append(.heading(3, ["Listener ", .code(listener), " uses its own policy"]))
            blocks += describe(topology.firewall(of: policy))
        }
        return blocks
    }

    private func describe(_ firewall: EdgeTopology.Firewall) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var intro: [MarkdownInline] = [.text("The gateway runs \(firewall.title) in "), .strong([.text(firewall.mode.rawValue)]), " mode with "]
        intro += firewall.ruleSets.map { MarkdownInline.code($0.rawValue) }.joinedInlines(", ", last: " and ") + ["."]
        if firewall.mode == .detection { intro += [" Detection only logs: attacks reach API Management. Switch to Prevention once the logs are clean."] }
        let body = firewall.requestBody
        intro += body.enabled
            ? [.text(" Request bodies are inspected up to \(body.maxSizeKB) KB; file uploads are limited to \(body.fileUploadLimitMB) MB.")]
            : [" Request body inspection is off."]
        blocks.append(.paragraph(intro))
        if firewall.disabledRules.isEmpty {
            blocks.append(.paragraph(["No managed rule is disabled."]))
        } else {
            blocks.append(.table(MarkdownTable(header: [["Rule set"], ["Rule group"], ["Disabled rules"], ["Why"]], rows: firewall.disabledRules.map { set, override in
                [[.code(set.rawValue)], [.code(override.group)], override.rules.map { MarkdownInline.code(String($0)) }.joinedInlines(", "),
                 [.text(override.reason ?? "no reason given in the manifest")]]
            })))
        }
        if !firewall.exclusions.isEmpty {
            blocks.append(.paragraph(["Request parts the WAF does not evaluate:"]))
            blocks.append(.table(MarkdownTable(header: [["Match variable"], ["Operator"], ["Selector"]], rows: firewall.exclusions.map {
                [[.code($0.matchVariable.rawValue)], [.text($0.selectorOperator.rawValue)], [.code($0.selector)]]
            })))
        }
        if !firewall.customRules.isEmpty {
            blocks.append(.paragraph(["Custom rules, evaluated before the managed rules:"]))
            blocks.append(.table(MarkdownTable(header: [["Name"], ["Priority"], ["Action"], ["When"]], rows: firewall.customRules.map { rule in
                [[.code(rule.name)], [.text("\(rule.priority)")], [.text(rule.action.rawValue)], rule.conditions.map(describe(condition:)).joinedInlines(" and ")]
            })))
        }
        return blocks
    }

    private func describe(condition: MatchCondition) -> [MarkdownInline] {
        let variable = condition.selector.map { "\(condition.variable.rawValue)[\($0)]" } ?? condition.variable.rawValue
        return [.code(variable), .text(condition.negate ? " not \(condition.operator.rawValue) " : " \(condition.operator.rawValue) ")]
            + condition.values.map { MarkdownInline.code($0) }.joinedInlines(", ")
    }
}
