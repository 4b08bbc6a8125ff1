/// Turns the user's intent into the concrete `ResolvedDeployment`. Never traps: what cannot be
/// expanded is skipped and reported as a located diagnostic.
public enum Resolver {
    /// The deployment as declared, then each environment with its overrides applied.
    public static func resolve(_ deployment: Deployment) -> (ResolvedDeployment, [Diagnostic]) {
        var (resolved, diagnostics) = resolveDeclared(deployment)
        guard !deployment.environments.isEmpty else { return (resolved, diagnostics) }
        let (environments, parameters, found) = EnvironmentResolution.resolve(deployment, declared: resolved, reported: diagnostics)
        resolved.environments = environments
        resolved.environmentParameters = parameters
        return (resolved, diagnostics + found)
    }

    /// One deployment, environments aside.
    static func resolveDeclared(_ deployment: Deployment) -> (ResolvedDeployment, [Diagnostic]) {
        var context = ResolveContext(deployment: deployment)
        context.fillNetworkDefaults()
        context.defaultFirewall()
        context.migrateInlineFirewall()
        context.expandExposures()
        context.restrictAPIManagementToGateway()
        context.completeAPIManagementContent()
        context.attachKeyVaultIdentities()
        context.deriveDNSRecords()
        context.deriveSecurityRules()
        context.deriveRoleAssignments()
        context.deriveKeyVaultAccess()
        context.deriveAPIManagementPrivateEndpoint()
        context.deriveDiagnosticSettings()
        return (context.result, context.diagnostics)
    }
}

/// The state one resolve run works on; each derivation lives in its own extension file.
struct ResolveContext {
    var deployment: Deployment
    var roleAssignments: [RoleAssignment] = []
    var privateEndpoints: [PrivateEndpoint] = []
    var diagnostics: [Diagnostic] = []
    var publications: [GatewayPublication] = []
    var gatewayOnlyRestriction: GatewayOnlyAccess?

    var result: ResolvedDeployment {
        var resolved = ResolvedDeployment(deployment: deployment, roleAssignments: roleAssignments, privateEndpoints: privateEndpoints, secretInputs: secretInputs)
        resolved.publications = publications
        resolved.gatewayOnlyRestriction = gatewayOnlyRestriction
        resolved.ordering = Self.ordering(of: resolved)
        return resolved
    }

    /// Subnet defaults: the gateway's subnet, private DNS links, and an NSG for every subnet
    /// (a subnet without one is open to the whole virtual network).
    mutating func fillNetworkDefaults() {
        guard var network = deployment.virtualNetwork else { return }
        for index in network.subnets.indices where network.subnets[index].networkSecurityGroup == nil {
            let subnet = network.subnets[index]
            network.subnets[index].networkSecurityGroup = NetworkSecurityGroup(name: "nsg-\(subnet.name)", location: subnet.location)
        }
        deployment.virtualNetwork = network
        if var gateway = deployment.applicationGateway, gateway.subnet == nil {
            gateway.subnet = network.subnet(withRole: .applicationGateway)?.name
            deployment.applicationGateway = gateway
        }
        for index in deployment.privateDNSZones.indices where deployment.privateDNSZones[index].linkName == nil {
            deployment.privateDNSZones[index].linkName = "\(network.name)-link"
        }
    }

    /// Every secret parameter, once, in the order the manifest first uses it.
    var secretInputs: [SecretInput] {
        var seen = Set<String>()
        var inputs: [SecretInput] = []
        func add(_ source: CertificateSource, _ what: String, _ location: SourceLocation) {
            guard case .pfx(_, .parameter(let name)) = source, seen.insert(name).inserted else { return }
            inputs.append(SecretInput(name: name, description: "Password of the PFX file for \(what).", location: location))
        }
        for hostname in deployment.apiManagement?.hostnames ?? [] {
            add(hostname.certificate, hostname.hostName, hostname.location)
        }
        for certificate in deployment.applicationGateway?.certificates ?? [] {
            add(certificate.source, "the gateway certificate \(certificate.name)", certificate.location)
        }
        for namedValue in deployment.apiManagement?.content.namedValues ?? [] {
            if case .secret(.parameter(let name)) = namedValue.value, seen.insert(name).inserted {
                inputs.append(SecretInput(name: name, description: "Secret value of the API Management named value \(namedValue.name).", location: namedValue.location))
            }
        }
        return inputs
    }
}
