/// API Management: tier and network mode, subnet, units and zones, host names and DNS.
extension ValidationContext {
    mutating func checkAPIManagement() {
        guard let apim = deployment.apiManagement else { return }
        let at = apim.location
        checkName(apim.name, .apiManagement, at: at)
        if apim.publisherName.trimmingCharacters().isEmpty { error("API Management needs an organization (publisher name)", at: at) }
        if let problem = LiteralSyntax.emailProblem(apim.publisherEmail) { error("invalid admin e-mail '\(apim.publisherEmail)': \(problem)", at: at) }
        if apim.units < 1 { error("API Management needs at least 1 unit", at: at) }
        if apim.units > APIManagement.maximumUnits { error("API Management units \(apim.units) is more than \(APIManagement.maximumUnits), beyond any tier's scale limit", at: at) }
        if apim.sku == .developer && apim.units != 1 { error("the Developer tier runs exactly 1 unit (it has \(apim.units))", at: at) }

        switch apim.virtualNetwork {
        case .internal where !apim.sku.supportsInternalVirtualNetwork:
            error("the \(apim.sku.rawValue) tier cannot run in an internal virtual network", at: at,
                  notes: [.init("internal mode needs Developer, Premium or PremiumV2")])
        case .external where !apim.sku.supportsExternalVirtualNetwork:
            error("the \(apim.sku.rawValue) tier cannot be injected into a virtual network in external mode", at: at,
                  notes: [.init("external mode needs Developer or Premium")])
        default: break
        }
        if apim.virtualNetwork != .none { checkAPIManagementSubnet(apim) }
        if apim.virtualNetwork == .none, apim.subnet != nil {
            warning("API Management names subnet '\(apim.subnet!)' but its virtual network mode is .none, so the subnet is not used", at: at)
        }

        checkZones(apim.zones, of: "API Management", at: at)
        if !apim.zones.isEmpty {
            if !apim.sku.supportsZones { error("availability zones need the Premium tier (this is \(apim.sku.rawValue))", at: at) }
            if apim.sku.supportsZones, apim.units % apim.zones.count != 0 {
                error("\(apim.units) unit\(apim.units == 1 ? "" : "s") cannot be spread evenly over \(apim.zones.count) zones; use a multiple of \(apim.zones.count)", at: at)
            }
        }
        checkHostnames(apim)
        checkPrivateAccess(apim)
        if deployment.production, apim.sku == .developer {
            warning("the Developer tier has no SLA and runs a single unit; a production deployment needs Standard, Premium or a v2 tier", at: at)
        }
        checkUnique(apim.content.apis, kind: "API", name: \.name, location: \.location)
        checkUnique(apim.content.apis, kind: "API path", name: \.path, location: \.location)
        for api in apim.content.apis { checkName(api.name, .apiName, at: api.location) }
    }

    /// Private Link for the gateway endpoint, and disabled public network access, which Azure
    /// accepts only once a private endpoint exists and never when the service is created.
    private mutating func checkPrivateAccess(_ apim: APIManagement) {
        let at = apim.location
        if let name = apim.privateEndpointSubnet {
            if apim.virtualNetwork != .none {
                error("API Management injected into a virtual network (\(apim.virtualNetwork.rawValue) mode) cannot take an inbound private endpoint; use virtualNetwork: .none with privateEndpointSubnet:, or drop privateEndpointSubnet:", at: at,
                      notes: [.init("Learn: \"To enable inbound private endpoints, the API Management instance can't be injected into an external or internal virtual network\"")])
            }
            if !apim.sku.supportsPrivateEndpoint {
                error("the \(apim.sku.rawValue) tier cannot be reached through a private endpoint", at: at)
            }
            if let subnet = deployment.virtualNetwork?.subnet(named: name) {
                if subnet.name == apim.subnet || subnet.role == .applicationGateway || subnet.role == .apiManagement {
                    error("the private endpoint subnet '\(name)' is delegated to \(subnet.role == .applicationGateway ? "the gateway" : "API Management"); give private endpoints a subnet of their own",
                          at: at, notes: [.init("subnet declared here", at: subnet.location)])
                }
            } else {
                error("API Management's private endpoint subnet '\(name)' is not declared in the virtual network", at: at, notes: declaredSubnetsNote)
            }
        }
        switch apim.gatewayOnlyAccess {
        case .privateEndpoint where apim.privateEndpointSubnet == nil:
            error("gatewayOnlyAccess: .privateEndpoint admits only requests through a private endpoint, but API Management has none: every request would be refused",
                  at: at, notes: [.init("add privateEndpointSubnet: so that the gateway reaches the service through Private Link, or use .ipFilter")])
        case .ipFilter where apim.privateEndpointSubnet != nil && deployment.applicationGateway != nil:
            error("gatewayOnlyAccess: .ipFilter admits the gateway's public IP, but the gateway reaches API Management through its private endpoint, from a private address: the filter would refuse it",
                  at: at, notes: [.init("leave gatewayOnlyAccess out (or use .privateEndpoint): requests that do not arrive through a private endpoint get 403")])
        default:
            break
        }
        if !apim.publicNetworkAccess {
            if apim.privateEndpointSubnet == nil {
                error("API Management accepts disabled public network access only with a private endpoint; add privateEndpointSubnet: or keep publicNetworkAccess: true", at: at,
                      notes: apim.virtualNetwork == .internal ? [.init("in internal mode the gateway endpoint has no public address anyway")] : [])
            } else {
                warning("Azure rejects disabled public network access when API Management is created: deploy once with publicNetworkAccess: true, then set it to false and deploy again", at: at)
            }
        }
    }

    private mutating func checkAPIManagementSubnet(_ apim: APIManagement) {
        guard let name = apim.subnet else {
            error("API Management in \(apim.virtualNetwork.rawValue.lowercased()) mode needs a subnet: APIManagement(…, subnet: \"…\")", at: apim.location)
            return
        }
        guard let subnet = deployment.virtualNetwork?.subnet(named: name) else {
            error("API Management's subnet '\(name)' is not declared in the virtual network", at: apim.location, notes: declaredSubnetsNote)
            return
        }
        if subnet.role == .privateEndpoints {
            // Injection delegates the whole subnet to API Management; private endpoints cannot share it.
            error("API Management is placed in subnet '\(name)', which has role .privateEndpoints; injected API Management needs a subnet of its own (role .apiManagement)",
                  at: apim.location, notes: [.init("'\(name)' declared here", at: subnet.location)])
        }
        // An out-of-range unit count is reported on its own; its subnet size would be noise.
        if let size = subnet.addressPrefix.size, (1...APIManagement.maximumUnits).contains(apim.units) {
            let needed = 5 + 2 * apim.units + (apim.virtualNetwork == .internal ? 1 : 0)
            if size < UInt64(needed) {
                error("subnet '\(subnet.name)' (\(subnet.addressPrefix)) has \(size) addresses; API Management with \(apim.units) unit\(apim.units == 1 ? "" : "s") needs at least \(needed)",
                      at: subnet.location, notes: [.init("Azure reserves 5 addresses per subnet; each unit takes 2, an internal load balancer 1", at: apim.location)])
            }
        }
    }

    var declaredSubnetsNote: [Diagnostic.Note] {
        let names = deployment.virtualNetwork?.subnets.map(\.name) ?? []
        return [.init(names.isEmpty ? "the deployment declares no subnets" : "declared subnets: \(names.joined(separator: ", "))", at: deployment.virtualNetwork?.location)]
    }

    private mutating func checkHostnames(_ apim: APIManagement) {
        checkUnique(apim.hostnames, kind: "host name", name: \.hostName, location: \.location)
        var seenKinds: [CustomHostname.Kind: SourceLocation] = [:]
        for hostname in apim.hostnames {
            // Wildcard custom domains are supported in every tier gen offers (Learn: "Configure a
            // custom domain name", all tiers except Consumption).
            let wildcard = hostname.hostName.hasPrefix("*.")
            if let problem = LiteralSyntax.hostNameProblem(wildcard ? String(hostname.hostName.dropFirst(2)) : hostname.hostName) {
                error("invalid host name '\(hostname.hostName)': \(problem)", at: hostname.location)
            }
            if wildcard, apim.hostname(hostname.kind) == hostname,
               let exposure = deployment.applicationGateway?.exposures.first(where: { $0.endpoint.hostnameKind == hostname.kind }) {
                error("Expose(.\(exposure.endpoint.rawValue)) publishes API Management's .\(hostname.kind.rawValue) host name '\(hostname.hostName)', a wildcard: the gateway's probe and Host header need one concrete name",
                      at: exposure.location,
                      notes: [.init("declare the concrete name first, e.g. CustomHostname(.\(hostname.kind.rawValue), \"api.\(hostname.hostName.dropFirst(2))\", certificate: …), and keep the wildcard after it", at: hostname.location)])
            }
            if hostname.kind != .gateway, let earlier = seenKinds[hostname.kind] {
                error("API Management takes one .\(hostname.kind.rawValue) host name", at: hostname.location, notes: [.init("first declared here", at: earlier)])
            }
            seenKinds[hostname.kind] = seenKinds[hostname.kind] ?? hostname.location
            checkCertificateSource(hostname.certificate, at: hostname.location)
            if apim.virtualNetwork == .internal, LiteralSyntax.hostNameProblem(hostname.hostName) == nil,
               !deployment.privateDNSZones.contains(where: { $0.relativeName(of: hostname.hostName) != nil }) {
                let zones = deployment.privateDNSZones.map(\.name)
                error("host name '\(hostname.hostName)' is not inside any private DNS zone, so nothing in the virtual network (the gateway included) can resolve it to the internal API Management",
                      at: hostname.location,
                      notes: [.init(zones.isEmpty ? "declare PrivateDNSZone(\"<parent domain>\")" : "private DNS zones: \(zones.joined(separator: ", "))",
                                    at: deployment.privateDNSZones.first?.location)])
            }
        }
    }

    /// PFX paths and Key Vault references must point at something declared.
    mutating func checkCertificateSource(_ source: CertificateSource, at location: SourceLocation) {
        switch source {
        case .pfx(let path, let password):
            if path.isEmpty { error("the PFX certificate needs a file path", at: location) }
            checkSecretReference(password, at: location)
        case .keyVault(let certificate):
            checkKeyVaultReference(certificate, at: location)
        }
    }

    mutating func checkKeyVaultReference(_ certificate: KeyVaultCertificate, at location: SourceLocation) {
        if !deployment.keyVaults.contains(where: { $0.name == certificate.vault }) {
            error("certificate '\(certificate.certificate)' refers to Key Vault '\(certificate.vault)', which is not declared", at: location,
                  notes: [.init("declare KeyVault(\"\(certificate.vault)\") to create it, or KeyVault(\"\(certificate.vault)\", existing: true) to use one that exists")])
        }
        if let identity = certificate.identity.userAssignedName, !deployment.identities.contains(where: { $0.name == identity }) {
            error("certificate '\(certificate.certificate)' is read by identity '\(identity)', which is not declared", at: location,
                  notes: [.init("declare ManagedIdentity(\"\(identity)\")")])
        }
        if certificate.certificate.isEmpty || !certificate.certificate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            error("Key Vault certificate name '\(certificate.certificate)' may hold only letters, digits and hyphens", at: location)
        }
    }

    mutating func checkSecretReference(_ secret: SecretReference, at location: SourceLocation) {
        let name = secret.parameterName
        let valid = name.first.map { $0.isASCII && $0.isLetter } == true && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        if !valid {
            error("secret name '\(name)' must start with a letter and hold only letters, digits and underscores: it becomes a parameter in every format", at: location)
        }
    }
}

extension String {
    func trimmingCharacters() -> Substring {
        let trimmedStart = drop { $0.isWhitespace }
        return trimmedStart.dropLast(trimmedStart.reversed().prefix { $0.isWhitespace }.count)
    }
}
