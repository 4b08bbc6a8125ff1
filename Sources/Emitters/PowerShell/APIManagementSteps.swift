import DSL

/// API Management in the virtual network, then its custom host names.
extension DeployScript {
    var apiManagementStep: ScriptStep? {
        guard let apim = deployment.apiManagement else { return nil }
        var prepare: [PSStatement] = []
        var arguments: [PSArgument] = [
            ScriptIdioms.resourceGroup, ScriptIdioms.location, .named("Name", apiManagementName),
            .named("Organization", .string(apim.publisherName)), .named("AdminEmail", .string(apim.publisherEmail)),
            .named("Sku", environment.value(.apiManagementSKU) ?? .bareword(apim.sku.rawValue)),
        ]
        if let units = environment.value(.apiManagementUnits) {
            arguments.append(.named("Capacity", units))
        } else if apim.sku != .developer || apim.units != 1 || environment.isParameter(.apiManagementSKU) {
            arguments.append(.named("Capacity", .int(apim.units)))
        }
        if apim.virtualNetwork != .none, let subnet = apim.subnet {
            prepare.append(.assign(.variable("apimVirtualNetwork"), .command(PSCommand("New-AzApiManagementVirtualNetwork", [
                .named("SubnetResourceId", .member(ScriptIdioms.item("subnets", subnet), "Id")),
            ]))))
            arguments += [.named("VirtualNetwork", .variable("apimVirtualNetwork")), .named("VpnType", .bareword(apim.virtualNetwork.rawValue))]
        }
        let zones = zoneArguments(.apiManagementZones, declared: apim.zones, splat: "apiManagementZoneArguments")
        prepare += zones.prepare
        arguments += zones.arguments
        arguments += identityArguments(apim)
        prepare.append(ScriptIdioms.comment("TLS 1.2 or newer only, on both sides; no 3DES, CBC or RSA key exchange cipher suites."))
        let off = PSExpression.string("False")
        prepare.append(.assign(.variable("apimSslSetting"), .command(PSCommand("New-AzApiManagementSslSetting", [
            .named("FrontendProtocol", .hashtable(["Ssl30", "Tls10", "Tls11"].map { PSHashEntry($0, off) })),
            .named("BackendProtocol", .hashtable(["Ssl30", "Tls10", "Tls11"].map { PSHashEntry($0, off) })),
            .named("CipherSuite", .hashtable(APIManagement.disabledCiphers.map { PSHashEntry($0.rawValue, off) })),
        ]))))
        arguments += [.named("SslSetting", .variable("apimSslSetting")),
                      .named("MinimalControlPlaneApiVersion", .string(APIManagement.minimumControlPlaneAPIVersion))]
        prepare.append(ScriptIdioms.comment("Creating API Management takes 30 to 40 minutes in the Developer tier, longer in Premium."))
        return ScriptStep(
            title: apim.virtualNetwork == .none ? "API Management" : "API Management in the virtual network (\(apim.virtualNetwork.rawValue))",
            statements: ScriptIdioms.ensure(
                .variable("apiManagement"), "API Management service", target: apiManagementName,
                get: PSCommand("Get-AzApiManagement", [ScriptIdioms.resourceGroup, .named("Name", apiManagementName)]),
                prepare: prepare, create: PSCommand("New-AzApiManagement", arguments + tagArguments)))
    }

    private func identityArguments(_ apim: APIManagement) -> [PSArgument] {
        var arguments: [PSArgument] = []
        if apim.systemAssignedIdentity { arguments.append(.switch("SystemAssignedIdentity")) }
        if !apim.identities.isEmpty {
            arguments.append(.named("UserAssignedIdentity", .array(apim.identities.map { .member(ScriptIdioms.item("identities", $0), "Id") })))
        }
        return arguments
    }

    /// The PsApiManagement property that holds each kind of host name.
    static func hostnameProperty(_ kind: CustomHostname.Kind) -> (property: String, type: String) {
        switch kind {
        case .gateway: ("ProxyCustomHostnameConfiguration", "Proxy")
        case .developerPortal: ("DeveloperPortalHostnameConfiguration", "DeveloperPortal")
        case .portal: ("PortalCustomHostnameConfiguration", "Portal")
        case .management: ("ManagementCustomHostnameConfiguration", "Management")
        case .scm: ("ScmCustomHostnameConfiguration", "Scm")
        }
    }

    var customHostnameStep: ScriptStep? {
        guard let apim = deployment.apiManagement, !apim.hostnames.isEmpty || !apim.publicNetworkAccess else { return nil }
        var statements: [PSStatement] = []
        for kind in CustomHostname.Kind.allCases {
            let hostnames = apim.hostnames.filter { $0.kind == kind }
            guard !hostnames.isEmpty else { continue }
            statements += environment.statements(.certificate(kind)) { variant in
                let configurations = hostnames.map { PSExpression.command(hostnameConfiguration($0, certificate: variant)) }
                let (property, _) = Self.hostnameProperty(kind)
                // The gateway takes a list of host names; every other endpoint takes one.
                let value: PSExpression = kind == .gateway ? .arrayBlock(configurations) : configurations[0]
                return [.assign(.member(.variable("apiManagement"), property), value)]
            }
        }
        if !apim.publicNetworkAccess {
            statements.append(ScriptIdioms.comment("API Management cannot be created without public access; it is turned off here."))
            statements.append(.assign(.member(.variable("apiManagement"), "PublicNetworkAccess"), .string("Disabled")))
        }
        statements.append(ScriptIdioms.whenApproved(apiManagementName, "Set custom host names", [
            .assign(.variable("apiManagement"), .command(PSCommand("Set-AzApiManagement",
                [.named("InputObject", .variable("apiManagement"))] + identityArguments(apim) + [.switch("PassThru")]))),
        ]))
        return ScriptStep(title: "API Management custom host names", statements: statements)
    }

    /// A host name's configuration; `certificate` is its certificate's per-environment shape
    /// when the certificate differs between environments.
    private func hostnameConfiguration(_ hostname: CustomHostname, certificate variant: EnvironmentTable.Variant?) -> PSCommand {
        var arguments: [PSArgument] = [
            .named("Hostname", environment.host(hostname.hostName)),
            .named("HostnameType", .bareword(Self.hostnameProperty(hostname.kind).type)),
        ]
        switch CertificateArguments(hostname.certificate, variant: variant, inputs: inputs) {
        case .pfx(let path, let password):
            arguments += [.named("PfxPath", path), .named("PfxPassword", password)]
        case .keyVault(let secretIdentifier, let identity):
            arguments.append(.named("KeyVaultId", secretIdentifier))
            if let identity { arguments.append(.named("IdentityClientId", .member(.index(.variable("identities"), identity), "ClientId"))) }
        }
        if hostname.defaultSSLBinding { arguments.append(.switch("DefaultSslBinding")) }
        return PSCommand("New-AzApiManagementCustomHostnameConfiguration", arguments)
    }
}
