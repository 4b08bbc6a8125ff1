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
            // An invalid name is reported once; the names derived from it would only repeat it.
            guard let declaration = declared.first(where: { $0.name == environment.name }), Self.pathNameProblem(environment.name) == nil else { continue }
            let renames = Self.renames(of: environment.deployment, from: resolved)
            for diagnostic in Validator.validate(environment.deployment) where !reported.contains(Self.declaredNames(diagnostic, renames)) {
                diagnostics.append(located(diagnostic, in: declaration))
            }
        }
        checkSideBySide(declared)
    }

    /// Environments deploy side by side: none shares another's resource group (in one
    /// subscription) or a name that is unique across Azure, and a subscription is given for
    /// every environment or for none.
    private mutating func checkSideBySide(_ declared: [DeploymentEnvironment]) {
        let pairs = zip(resolved.environments, declared).map { ($0, $1) }
        let fix = "give it its own with Environment(\"…\", resourceGroup: …) or naming: .suffix(\"-…\"), or ResourceName(…) for one name"
        /// Names are compared case-insensitively, as Azure does; `scope` is what a name is
        /// unique within (a resource group name within its subscription).
        func clash(_ what: String, scope: (ResolvedEnvironment) -> String = { _ in "" }, _ value: (ResolvedEnvironment) -> String?) {
            var seen: [String: DeploymentEnvironment] = [:]
            for (environment, declaration) in pairs {
                guard let name = value(environment) else { continue }
                let key = scope(environment) + "|" + name.lowercased()
                if let earlier = seen[key] {
                    error("environments '\(earlier.name)' and '\(declaration.name)' both deploy \(what) '\(name)'; the second apply would change the first environment's resources",
                          at: declaration.location, notes: [.init(fix, at: declaration.location), .init("environment '\(earlier.name)' declared here", at: earlier.location)])
                } else {
                    seen[key] = declaration
                }
            }
        }
        clash("into resource group", scope: { $0.subscription?.lowercased() ?? "" }) { $0.resourceGroup }
        clash("API Management name") { $0.deployment.apiManagement?.name }
        for ip in resolved.publicIPs where ip.domainNameLabel != nil {
            clash("the public IP DNS label") { $0.deployment.publicIPs.first { $0.name == ip.name }?.domainNameLabel }
        }
        checkSharedPublicHostNames(pairs)
        let withSubscription = pairs.filter { $0.0.subscription != nil }
        if !withSubscription.isEmpty, withSubscription.count < pairs.count, let (_, missing) = pairs.first(where: { $0.0.subscription == nil }) {
            error("environment '\(missing.name)' names no subscription while '\(withSubscription[0].1.name)' does; the formats need one for each",
                  at: missing.location, notes: [.init("set subscription: on every environment, or on the Deployment as the default", at: withSubscription[0].1.location)])
        }
        if pairs.count > 1 {
            for vault in deployment.keyVaults {
                if vault.existing {
                    warning("every environment reads and configures the existing Key Vault '\(vault.name)' (its role assignments, private endpoint and diagnostic setting): they share it; a vault per environment is not yet expressible",
                            at: vault.location)
                } else {
                    // A vault's name is unique across Azure (and stays reserved while it is soft-deleted).
                    error("every environment would create Key Vault '\(vault.name)', whose name is unique across Azure: the second environment's deployment fails with VaultAlreadyExists; a vault per environment is not yet expressible",
                          at: vault.location,
                          notes: [.init("create the vault once, outside the environments, and declare it KeyVault(\"\(vault.name)\", existing: true), which they then share", at: vault.location),
                                  .init("environment '\(pairs[1].1.name)' declared here", at: pairs[1].1.location)])
                }
            }
        }
    }

    /// Public DNS points a host name at one gateway: environments serving the same public host
    /// name deploy, but only one of them is reachable by it. (Private zones are per environment,
    /// each in its own resource group and virtual network, so internal host names may repeat.)
    private mutating func checkSharedPublicHostNames(_ pairs: [(ResolvedEnvironment, DeploymentEnvironment)]) {
        var served: [String: DeploymentEnvironment] = [:]
        for (environment, declaration) in pairs {
            let listeners = environment.deployment.applicationGateway?.listeners.filter { $0.frontend == .public } ?? []
            for host in Set(listeners.flatMap(\.hostNames)).sorted() {
                if let earlier = served[host.lowercased()] {
                    // Reported at the one to rename: not the production environment.
                    let (rename, other) = declaration.production ? (earlier, declaration) : (declaration, earlier)
                    warning("environments '\(earlier.name)' and '\(declaration.name)' both serve '\(host)' on a public listener; its public DNS record reaches only one of their gateways",
                            at: rename.location,
                            notes: [.init("give '\(rename.name)' its own host name with HostnameOverride(…, \"…\", certificate: …)", at: rename.location),
                                    .init("environment '\(other.name)' declared here", at: other.location)])
                } else {
                    served[host.lowercased()] = declaration
                }
            }
        }
    }

    /// The names an environment's naming gives, each with its declared name, longest first.
    static func renames(of environment: ResolvedDeployment, from declared: ResolvedDeployment) -> [(String, String)] {
        var pairs = [(environment.resourceGroup, declared.resourceGroup)]
        if let name = environment.apiManagement?.name, let original = declared.apiManagement?.name { pairs.append((name, original)) }
        for ip in environment.publicIPs {
            if let label = ip.domainNameLabel, let original = declared.publicIPs.first(where: { $0.name == ip.name })?.domainNameLabel { pairs.append((label, original)) }
        }
        for endpoint in environment.privateEndpoints {
            if let original = declared.privateEndpoints.first(where: { $0.target == endpoint.target })?.name { pairs.append((endpoint.name, original)) }
        }
        return pairs.filter { $0.0 != $0.1 }.sorted { $0.0.count > $1.0.count }
    }

    /// `diagnostic` as the declared deployment would word it: an environment's own copy of a
    /// declared problem differs only in the names its naming gives, and is reported once.
    static func declaredNames(_ diagnostic: Diagnostic, _ renames: [(String, String)]) -> Diagnostic {
        var copy = diagnostic
        for (name, original) in renames { copy.message = copy.message.replacingOccurrences(of: name, with: original) }
        return copy
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
        case .resourceName(.apiManagement, _): deployment.apiManagement?.location
        case .resourceName(.publicIPDomainLabel(let ip), _): deployment.publicIPs.first { $0.name == ip }?.location
        }
    }
}
