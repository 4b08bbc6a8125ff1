import DSL

/// Inputs, the Azure context and the resource group.
extension DeployScript {
    /// Every file path made absolute before anything reads it (the environment table copies
    /// the selected environment's paths); a file only other environments read may be missing.
    var pathConversions: [PSStatement] {
        let paths = inputs.pathParameterNames
        guard !paths.isEmpty else { return [] }
        var statements = [ScriptIdioms.comment("Az cmdlets resolve relative paths against the process, not the PowerShell location:\nmake every file path absolute (and fail now if a file is missing).")]
        for name in paths {
            let convert: PSStatement = .assign(.variable(name), .command(PSCommand("Convert-Path", [.named("LiteralPath", .variable(name))])))
            if let environments = inputs.environmentPaths[name] {
                statements.append(.if([PSConditional(EnvironmentTable.selected(environments), [convert])], else: nil))
            } else {
                statements.append(convert)
            }
        }
        return statements
    }

    var contextStep: ScriptStep {
        var statements: [PSStatement] = []
        statements += [
            .assign(.variable("context"), .command(PSCommand("Get-AzContext"))),
            .if([PSConditional(ScriptIdioms.isNull(.variable("context")), [
                .throw(.string("Not signed in to Azure: run Connect-AzAccount first.")),
            ])], else: nil),
        ]
        // -WhatIf must still look at the right subscription, so selecting it is never skipped.
        let select: PSStatement = .assign(.variable("context"), .pipeline([
            .command(PSCommand("Get-AzSubscription", [.named("SubscriptionId", .variable("SubscriptionId"))])),
            .command(PSCommand("Set-AzContext", [.switchValue("WhatIf", false)])),
        ]))
        if deployment.subscription != nil {
            statements.append(select)
        } else {
            statements.append(.if([PSConditional(.variable("SubscriptionId"), [select])], else: nil))
        }
        statements.append(ScriptIdioms.information([
            .text("Subscription: "), .subexpression(.member(.member(.variable("context"), "Subscription"), "Name")),
            .text(" ("), .subexpression(.member(.member(.variable("context"), "Subscription"), "Id")), .text(")"),
        ]))
        for feature in resolved.requiredFeatures {
            statements.append(ScriptIdioms.comment(feature.reason + " Register it once per subscription (it takes a few minutes):\nRegister-AzProviderFeature -FeatureName \(feature.name) -ProviderNamespace \(feature.namespace)"))
            let state = PSExpression.member(.command(PSCommand("Get-AzProviderFeature", [
                .named("FeatureName", .string(feature.name)), .named("ProviderNamespace", .string(feature.namespace)),
            ])), "RegistrationState")
            statements.append(.if([PSConditional(.binary(state, "-ne", .string("Registered")), [
                .throw(.string("The subscription lacks the preview feature \(feature.namespace)/\(feature.name): run Register-AzProviderFeature -FeatureName \(feature.name) -ProviderNamespace \(feature.namespace), wait until Get-AzProviderFeature shows Registered, then Register-AzResourceProvider -ProviderNamespace \(feature.namespace).")),
            ])], else: nil))
        }
        return ScriptStep(title: "Azure context", statements: statements)
    }

    var resourceGroupStep: ScriptStep {
        ScriptStep(title: "Resource group", statements: ScriptIdioms.ensureResourceGroup(tags: deployment.tags))
    }
}
