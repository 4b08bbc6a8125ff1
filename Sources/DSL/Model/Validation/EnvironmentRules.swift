/// Environments: unique names, and every environment validated as the deployment it becomes.
/// A problem only an environment has is reported at the override that caused it (or at the
/// environment, for what its production flag turns on), with a note at the declaration.
extension ValidationContext {
    mutating func checkEnvironments() {
        let declared = deployment.environments
        checkUnique(declared, kind: "environment", name: \.name, location: \.location)
        if declared.count > 1, !declared.contains(where: \.production), deployment.production {
            warning("the deployment is marked production but none of its environments is; mark the production one Environment(\"…\", production: true)", at: deployment.location)
        }
        let reported = Set(diagnostics)
        for environment in resolved.environments {
            guard let declaration = declared.first(where: { $0.name == environment.name }) else { continue }
            for diagnostic in Validator.validate(environment.deployment) where !reported.contains(diagnostic) {
                diagnostics.append(located(diagnostic, in: declaration))
            }
        }
    }

    /// Moves a diagnostic of an environment's deployment to the override of the declaration it
    /// is about, or to the environment itself.
    private func located(_ diagnostic: Diagnostic, in environment: DeploymentEnvironment) -> Diagnostic {
        let override = environment.overrides.last { overriddenDeclaration($0.setting) == diagnostic.location }
        var notes = diagnostic.notes
        if diagnostic.location != .derived { notes.append(.init("the overridden declaration", at: diagnostic.location)) }
        notes.append(.init("environment '\(environment.name)'\(environment.production ? " (production)" : "") declared here", at: environment.location))
        return Diagnostic(diagnostic.severity, "environment '\(environment.name)': \(diagnostic.message)", at: override?.location ?? environment.location, notes: notes)
    }

    /// Where the declaration an override changes was written.
    private func overriddenDeclaration(_ setting: EnvironmentOverride.Setting) -> SourceLocation? {
        switch setting {
        case .apiManagementSKU, .apiManagementUnits, .apiManagementZones: deployment.apiManagement?.location
        case .gatewayCapacity, .gatewayZones: deployment.applicationGateway?.location
        case .firewallMode:
            if case .inline(let configuration)? = deployment.applicationGateway?.firewall { configuration.location } else { resolved.gatewayWAFPolicy?.location }
        case .hostname(let kind, _, _): deployment.apiManagement?.hostname(kind)?.location
        case .namedValue(let name, _): deployment.apiManagement?.content.namedValues.first { $0.name == name }?.location
        }
    }
}
