/// Environments: each one is the declared deployment with its overrides applied, resolved in
/// full; the settings whose values differ between them become environment parameters.
enum EnvironmentResolution {
    /// Every environment resolved, the parameters, and the diagnostics the base resolve did
    /// not already report (prefixed with the environment's name).
    static func resolve(_ deployment: Deployment, declared: ResolvedDeployment, reported: [Diagnostic]) -> ([ResolvedEnvironment], [EnvironmentParameter], [Diagnostic]) {
        var environments: [ResolvedEnvironment] = []
        var diagnostics: [Diagnostic] = []
        for environment in deployment.environments {
            var copy = deployment
            copy.environments = []
            copy.production = environment.production
            diagnostics += apply(environment, to: &copy)
            let (resolved, found) = Resolver.resolveDeclared(copy)
            diagnostics += found.filter { !reported.contains($0) }.map { $0.inEnvironment(environment) }
            environments.append(ResolvedEnvironment(name: environment.name, production: environment.production, deployment: resolved, location: environment.location))
        }
        return (environments, parameters(deployment, declared: declared, environments), diagnostics)
    }

    /// Applies the overrides in order; one naming something the deployment lacks is an error at
    /// the override.
    static func apply(_ environment: DeploymentEnvironment, to deployment: inout Deployment) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func missing(_ what: String, _ override: EnvironmentOverride, _ hint: String) {
            diagnostics.append(.error("environment '\(environment.name)' overrides \(what), which the deployment does not declare", at: override.location,
                                      notes: [.init(hint, at: deployment.location)]))
        }
        for override in environment.overrides {
            switch override.setting {
            case .apiManagementSKU, .apiManagementUnits, .apiManagementZones:
                guard var apim = deployment.apiManagement else { missing("API Management's scale", override, "declare APIManagement(…)"); continue }
                switch override.setting {
                case .apiManagementSKU(let sku): apim.sku = sku
                case .apiManagementUnits(let units): apim.units = units
                case .apiManagementZones(let zones): apim.zones = zones
                default: break
                }
                deployment.apiManagement = apim
            case .gatewayCapacity, .gatewayZones:
                guard var gateway = deployment.applicationGateway else { missing("the gateway's scale", override, "declare ApplicationGateway(…)"); continue }
                if case .gatewayCapacity(let capacity) = override.setting { gateway.capacity = capacity }
                if case .gatewayZones(let zones) = override.setting { gateway.zones = zones }
                deployment.applicationGateway = gateway
            case .firewallMode(let mode):
                var context = ResolveContext(deployment: deployment)
                context.defaultFirewall()
                deployment = context.deployment
                switch deployment.applicationGateway?.firewall {
                case .policy(let name)?:
                    guard let index = deployment.wafPolicies.firstIndex(where: { $0.name == name }) else {
                        missing("the mode of WAF policy '\(name)'", override, "declare WAFPolicy(\"\(name)\", …)")
                        continue
                    }
                    deployment.wafPolicies[index].mode = mode
                case .inline(var configuration)?:
                    configuration.mode = mode
                    deployment.applicationGateway?.firewall = .inline(configuration)
                case .none?, nil:
                    missing("the WAF mode", override, "a WAF_v2 ApplicationGateway(…) runs a WAF")
                }
            case .hostname(let kind, let hostName, let certificate):
                guard let index = deployment.apiManagement?.hostnames.firstIndex(where: { $0.kind == kind }) else {
                    missing("the .\(kind.rawValue) host name", override, "declare CustomHostname(.\(kind.rawValue), …) in APIManagement")
                    continue
                }
                deployment.apiManagement!.hostnames[index].hostName = hostName
                if let certificate { deployment.apiManagement!.hostnames[index].certificate = certificate }
            case .namedValue(let name, let value):
                guard let index = deployment.apiManagement?.content.namedValues.firstIndex(where: { $0.name == name }) else {
                    missing("named value '\(name)'", override, "declare NamedValue(\"\(name)\", …) in APIManagement")
                    continue
                }
                deployment.apiManagement!.content.namedValues[index].value = value
            }
        }
        var seen: [EnvironmentParameter.Kind: SourceLocation] = [:]
        for override in environment.overrides {
            for kind in EnvironmentParameter.Kind.changed(by: override.setting) {
                if let earlier = seen[kind] {
                    diagnostics.append(.warning("environment '\(environment.name)' sets this twice; the last one wins", at: override.location,
                                                notes: [.init("first set here", at: earlier)]))
                }
                seen[kind] = override.location
            }
        }
        return diagnostics
    }

    /// The settings some environment overrides whose values are not the same in every
    /// environment (with one environment: not the same as declared), in first-override order.
    static func parameters(_ deployment: Deployment, declared: ResolvedDeployment, _ environments: [ResolvedEnvironment]) -> [EnvironmentParameter] {
        var kinds: [EnvironmentParameter.Kind] = []
        for override in deployment.environments.flatMap(\.overrides) {
            for kind in EnvironmentParameter.Kind.changed(by: override.setting) where !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds.compactMap { kind in
            let values = environments.compactMap { environment in
                kind.value(in: environment.deployment).map { EnvironmentParameter.EnvironmentValue(environment: environment.name, value: $0) }
            }
            guard values.count == environments.count, let first = values.first?.value else { return nil }
            let baseline = kind.value(in: declared)
            let differs = environments.count == 1 ? baseline != first : values.contains { $0.value != first }
            return differs ? EnvironmentParameter(kind: kind, values: values) : nil
        }
    }
}

extension Diagnostic {
    /// The diagnostic as one environment's: named in the message, with a note at its declaration.
    func inEnvironment(_ environment: DeploymentEnvironment) -> Diagnostic {
        Diagnostic(severity, "environment '\(environment.name)': \(message)", at: location,
                   notes: notes + [.init("environment '\(environment.name)' declared here", at: environment.location)])
    }
}
