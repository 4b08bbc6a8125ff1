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
            environments.append(ResolvedEnvironment(name: environment.name, production: environment.production, deployment: resolved,
                                                    serviceConnection: environment.serviceConnection, planServiceConnection: environment.planServiceConnection,
                                                    location: environment.location))
        }
        let (parameters, mismatches) = parameters(deployment, declared: declared, environments)
        return (environments, parameters, diagnostics + mismatches)
    }

    /// Applies the overrides in order; one naming something the deployment lacks is an error at
    /// the override.
    static func apply(_ environment: DeploymentEnvironment, to deployment: inout Deployment) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func missing(_ what: String, _ override: EnvironmentOverride, _ hint: String) {
            diagnostics.append(.error("environment '\(environment.name)' overrides \(what), which the deployment does not declare", at: override.location,
                                      notes: [.init(hint, at: deployment.location)]))
        }
        let naming = environment.effectiveNaming
        deployment.resourceGroup = environment.resourceGroup ?? naming.apply(deployment.resourceGroup)
        if let subscription = environment.subscription { deployment.subscription = subscription }
        if let name = deployment.apiManagement?.name { deployment.apiManagement!.name = naming.apply(name) }
        for index in deployment.publicIPs.indices {
            deployment.publicIPs[index].domainNameLabel = deployment.publicIPs[index].domainNameLabel.map(naming.apply)
        }
        for override in environment.overrides {
            switch override.setting {
            case .resourceName(.apiManagement, let name):
                guard deployment.apiManagement != nil else { missing("API Management's name", override, "declare APIManagement(…)"); continue }
                deployment.apiManagement!.name = name
            case .resourceName(.publicIPDomainLabel(let ip), let label):
                guard let index = deployment.publicIPs.firstIndex(where: { $0.name == ip && $0.domainNameLabel != nil }) else {
                    missing("the DNS label of public IP '\(ip)'", override, "declare PublicIPAddress(\"\(ip)\", domainNameLabel: …)")
                    continue
                }
                deployment.publicIPs[index].domainNameLabel = label
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

    /// The settings whose values are not the same in every environment (with one environment:
    /// not the same as declared): where each environment deploys and its names first, then what
    /// the overrides change in first-override order, then the private DNS records that follow
    /// the host names. A record some environments have and others lack cannot be one module's:
    /// that is an error at the environment.
    static func parameters(_ deployment: Deployment, declared: ResolvedDeployment, _ environments: [ResolvedEnvironment]) -> ([EnvironmentParameter], [Diagnostic]) {
        var kinds = EnvironmentParameter.Kind.derived(from: declared)
        for override in deployment.environments.flatMap(\.overrides) {
            for kind in EnvironmentParameter.Kind.changed(by: override.setting) where !kinds.contains(kind) { kinds.append(kind) }
        }
        var parameters = kinds.compactMap { kind in
            parameter(kind, declared: declared, environments) { kind.value(in: $0) }
        }
        var diagnostics: [Diagnostic] = []
        for zone in declared.privateDNSZones {
            for record in zone.records where record.target == .apiManagementPrivateIP {
                let kind = EnvironmentParameter.Kind.dnsRecordName(zone: zone.name, record: record.name)
                let found = parameter(kind, declared: declared, environments) { resolved in
                    resolved.privateDNSZones.first { $0.name == zone.name }?.records
                        .first { $0.target == record.target && $0.location == record.location }.map { .text($0.name) }
                }
                if let found { parameters.append(found) }
            }
        }
        for (environment, declaration) in zip(environments, deployment.environments) {
            diagnostics += recordMismatches(declared: declared, environment, declaration)
        }
        return (parameters, diagnostics)
    }

    private static func parameter(_ kind: EnvironmentParameter.Kind, declared: ResolvedDeployment, _ environments: [ResolvedEnvironment],
                                  value: (ResolvedDeployment) -> EnvironmentParameter.Value?) -> EnvironmentParameter? {
        let values = environments.compactMap { environment in
            value(environment.deployment).map { EnvironmentParameter.EnvironmentValue(environment: environment.name, value: $0) }
        }
        guard values.count == environments.count, let first = values.first?.value else { return nil }
        let baseline = value(declared)
        let differs = environments.count == 1 ? baseline != first : values.contains { $0.value != first }
        return differs ? EnvironmentParameter(kind: kind, values: values) : nil
    }

    /// The private A records of host names that an environment has in another zone than
    /// declared, or not at all, or that only it has.
    private static func recordMismatches(declared: ResolvedDeployment, _ environment: ResolvedEnvironment, _ declaration: DeploymentEnvironment) -> [Diagnostic] {
        func records(_ resolved: ResolvedDeployment) -> [SourceLocation: String] {
            var found: [SourceLocation: String] = [:]
            for zone in resolved.privateDNSZones {
                for record in zone.records where record.target == .apiManagementPrivateIP { found[record.location] = zone.name }
            }
            return found
        }
        let before = records(declared), after = records(environment.deployment)
        var diagnostics: [Diagnostic] = []
        for hostname in environment.deployment.apiManagement?.hostnames ?? [] where before[hostname.location] != after[hostname.location] {
            let declaredZone = before[hostname.location].map { "private DNS zone \($0)" } ?? "no private DNS zone"
            let zone = after[hostname.location].map { "zone \($0)" } ?? "no declared zone"
            diagnostics.append(.error(
                "environment '\(environment.name)': the .\(hostname.kind.rawValue) host name \(hostname.hostName) lies in \(zone), but the declared one in \(declaredZone); the gateway resolves it through a private A record, and one template cannot create that record in some environments only",
                at: declaration.overrides.last { if case .hostname(hostname.kind, _, _) = $0.setting { true } else { false } }?.location ?? environment.location,
                notes: [.init("environment '\(environment.name)' declared here", at: environment.location),
                        .init("keep every environment's .\(hostname.kind.rawValue) host name in one private DNS zone the deployment declares, e.g. PrivateDNSZone(\"\(before[hostname.location] ?? after[hostname.location] ?? "example.com")\")", at: hostname.location)]))
        }
        return diagnostics
    }
}

extension Diagnostic {
    /// The diagnostic as one environment's: named in the message, with a note at its declaration.
    func inEnvironment(_ environment: DeploymentEnvironment) -> Diagnostic {
        Diagnostic(severity, "environment '\(environment.name)': \(message)", at: location,
                   notes: notes + [.init("environment '\(environment.name)' declared here", at: environment.location)])
    }
}
