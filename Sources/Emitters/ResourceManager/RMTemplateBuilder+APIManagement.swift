import DSL

/// The API Management service: tier, zones, identities, virtual network, custom host names
/// from Key Vault or PFX parameters, legacy protocols off.
extension RMTemplateBuilder {
    /// Settings turned off explicitly: the cipher suites the model turns off. SSL 3.0 and TLS
    /// 1.0/1.1 are not listed: the API reference documents them as False by default for every
    /// service created after 1 April 2018, and checkov's CKV_AZURE_173 for ARM fails on any
    /// non-empty value, the documented "False" included. Terraform's `security` block sets
    /// every one of them explicitly.
    static let disabledProtocols = APIManagement.disabledCiphers.map(\.customProperty)

    mutating func addAPIManagement() {
        guard let apim = resolved.apiManagement, let symbol = symbols.apiManagement else { return }
        var body = regionalBody()
        body.set("sku", ["name": .parameter(RMEnvironmentParameters.apiManagementSkuParameter),
                         "capacity": environment.parameter(.apiManagementUnits) ?? .int(apim.units)])
        body.set("zones", ifPresent: zones(apim.zones, .apiManagementZones))
        body.set("identity", ifPresent: identityBlock(userAssigned: apim.identities, systemAssigned: apim.systemAssignedIdentity))

        var properties = RMObject()
        properties.set("publisherEmail", .string(apim.publisherEmail))
        properties.set("publisherName", .string(apim.publisherName))
        properties.set("customProperties", .object(RMObject(Self.disabledProtocols.map { ($0, RMExpression.string("False")) })))
        properties.set("apiVersionConstraint", ["minApiVersion": .string(APIManagement.minimumControlPlaneAPIVersion)])
        properties.set("virtualNetworkType", .string(apim.virtualNetwork.rawValue))
        if apim.virtualNetwork != .none, let subnet = apim.subnet {
            properties.set("virtualNetworkConfiguration", ["subnetResourceId": subnetID(subnet)])
        }
        if !apim.hostnames.isEmpty {
            let hostnames = RMExpression.array(apim.hostnames.map(hostnameConfiguration))
            properties.set("hostnameConfigurations", resolved.bindsHostnamesAfterService
                ? .conditional(.parameter(Self.bindHostnamesParameter), then: hostnames, else: .array([])) : hostnames)
        }
        if !apim.publicNetworkAccess { properties.set("publicNetworkAccess", "Disabled") }
        body.set("properties", .object(properties))

        var comment = "3DES, CBC and RSA key exchange cipher suites are off; SSL 3.0 and TLS 1.0/1.1 are off by default for services created after April 2018, on the gateway and towards backends."
        if apim.publicNetworkAccess {
            comment += " publicNetworkAccess keeps its default (Enabled): Azure rejects Disabled when a service is created, and it only governs private-endpoint access; the \(apim.virtualNetwork.rawValue) virtual network mode decides what is reachable."
        }
        add(RMResource(symbol, body: body, dependsOn: prerequisiteSymbols(of: .apiManagement), comment: comment))

    }

    private func hostnameConfiguration(_ hostname: CustomHostname) -> RMExpression {
        var configuration = RMObject()
        configuration.set("type", .string(Self.hostnameType(hostname.kind)))
        configuration.set("hostName", environment.hostName(hostname.hostName))
        switch hostname.certificate {
        case .keyVault(let certificate):
            configuration.set("certificateSource", "KeyVault")
            configuration.set("keyVaultId", environment.secretIdentifier(certificate))
            if let name = certificate.identity.userAssignedName, let identity = symbols.identities[name] {
                configuration.set("identityClientId", .runtimeProperty(identity, [.name("clientId")]))
            }
        case .pfx(let path, let password):
            configuration.set("certificateSource", "Custom")
            configuration.set("encodedCertificate", certificateData(path))
            configuration.set("certificatePassword", .parameter(Self.secretParameter(password)))
        }
        if hostname.kind == .gateway { configuration.set("defaultSslBinding", .bool(hostname.defaultSSLBinding)) }
        configuration.set("negotiateClientCertificate", false)
        return .object(configuration)
    }

    /// The host name type as ARM names it (`Proxy` for the gateway).
    static func hostnameType(_ kind: CustomHostname.Kind) -> String {
        switch kind {
        case .gateway: "Proxy"
        case .developerPortal: "DeveloperPortal"
        case .portal: "Portal"
        case .management: "Management"
        case .scm: "Scm"
        }
    }
}
