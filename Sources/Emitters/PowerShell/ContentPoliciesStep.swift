import DSL

/// Policy fragments, then the policy of every scope (global, product, API, operation), read
/// from the APIOps files `gen all` writes next to this script (`../policies`): the same
/// files the policies format and the Terraform module deploy.
extension DeployScript {
    static let policiesFolder: PSExpression = .variable("policiesFolder")

    var policiesStep: ScriptStep? {
        let policies = content.scopedPolicies
        guard deployment.apiManagement != nil, !policies.isEmpty else { return nil }
        var statements: [PSStatement] = [
            .assign(Self.policiesFolder, .command(PSCommand("Join-Path", [.named("Path", .variable("PSScriptRoot")), .named("ChildPath", .string("../policies"))]))),
            .if([PSConditional(.not(.command(PSCommand("Test-Path", [.named("LiteralPath", Self.policiesFolder)]))), [
                .throw(.expandable([.text("The policy files are missing: render them with 'gen all' (or 'gen policies') into "), .variable("policiesFolder"), .text(".")])),
            ])], else: nil),
        ]
        // Fragments first: API Management rejects a policy that includes a missing fragment.
        let fragments = policies.filter { if case .fragment = $0.scope { true } else { false } }
        for policy in fragments + policies.filter({ !fragments.contains($0) }) { statements += self.policy(policy) }
        return ScriptStep(title: "API Management policies", statements: statements)
    }

    static func policyFile(_ scope: PolicyScope) -> PSExpression {
        .command(PSCommand("Join-Path", [.named("Path", policiesFolder), .named("ChildPath", .string(scope.apiOpsPath))]))
    }

    private func policy(_ policy: ScopedPolicy) -> [PSStatement] {
        var arguments: [PSArgument] = [Self.inContext]
        let target: String
        switch policy.scope {
        case .global:
            target = "global"
        case .product(let product):
            target = "product \(product)"
            arguments.append(.named("ProductId", .string(product)))
        case .api(let api):
            target = "API \(api)"
            arguments.append(.named("ApiId", .string(api)))
        case .operation(let api, let operation):
            target = "operation \(api)/\(operation)"
            arguments += [.named("ApiId", .string(api)), .named("OperationId", .string(operation))]
        case .fragment(let name):
            var properties: [PSHashEntry] = [PSHashEntry("format", .string("xml"))]
            if case .fragment(let fragment) = policy.body, let description = fragment.description {
                properties.append(PSHashEntry("description", .string(description)))
            }
            properties.append(PSHashEntry("value", .command(PSCommand("Get-Content", [.named("LiteralPath", Self.policyFile(policy.scope)), .switch("Raw")]))))
            return [ScriptIdioms.comment("Az.ApiManagement has no cmdlet for policy fragments.")]
                + ManagementRequest.put("policy fragment", target: .string(name), path: "policyFragments/\(name)", properties: properties)
        }
        arguments.append(.named("PolicyFilePath", Self.policyFile(policy.scope)))
        return [ScriptIdioms.whenApproved(.string(target), "Set policy", [.command(PSCommand("Set-AzApiManagementPolicy", arguments))])]
    }
}
