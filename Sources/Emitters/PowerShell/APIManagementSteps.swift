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
                prepare: prepare, create: PSCommand("New-AzApiManagement", arguments + tagArguments))
                + serviceReconciliation(apim, arguments))
    }

    /// A rerun against an existing service: the tier, units, virtual network and its type are
    /// compared with the manifest and only what differs is changed, in one update. Nothing is
    /// sent when all match (after a creation they always do).
    private func serviceReconciliation(_ apim: APIManagement, _ arguments: [PSArgument]) -> [PSStatement] {
        let service = PSExpression.variable("apiManagement")
        let changes = PSExpression.variable("apimChanges")
        func check(_ current: PSExpression, _ desired: PSExpression, _ what: String, set: [PSStatement]) -> PSStatement {
            .if([PSConditional(.binary(current, "-ne", desired), [.assign(changes, .binary(changes, "+", .string(what)))] + set)], else: nil)
        }
        var statements: [PSStatement] = [
            ScriptIdioms.comment("A rerun changes only what differs from the manifest."),
            .assign(changes, .array([])),
        ]
        for argument in arguments {
            guard case .named(let name, let argumentValue) = argument else { continue }
            // An enum value is a bare word as an argument, a string in an expression.
            let value: PSExpression = if case .bareword(let word) = argumentValue { .string(word) } else { argumentValue }
            switch name {
            case "Sku": statements.append(check(.member(service, "Sku"), value, "tier", set: [.assign(.member(service, "Sku"), value)]))
            case "Capacity": statements.append(check(.member(service, "Capacity"), value, "units", set: [.assign(.member(service, "Capacity"), value)]))
            case "VpnType": statements.append(check(.member(service, "VpnType"), value, "virtual network type", set: [.assign(.member(service, "VpnType"), value)]))
            case "VirtualNetwork":
                guard let subnet = apim.subnet else { continue }
                let subnetID = PSExpression.member(ScriptIdioms.item("subnets", subnet), "Id")
                statements.append(check(.member(.member(service, "VirtualNetwork"), "SubnetResourceId"), subnetID, "subnet", set: [
                    .assign(.member(service, "VirtualNetwork"), .command(PSCommand("New-AzApiManagementVirtualNetwork", [.named("SubnetResourceId", subnetID)]))),
                ]))
            default: continue
            }
        }
        let action = PSExpression.expandable([.text("Update API Management service ("), .subexpression(.binary(changes, "-join", .string(", "))), .text(")")])
        statements.append(.if([PSConditional(.binary(.binary(.member(changes, "Count"), "-gt", .int(0)), "-and",
                                                     .call(.member(.variable("PSCmdlet"), "ShouldProcess"), [apiManagementName, action])), [
            ScriptIdioms.comment("A tier or network change takes 15 to 45 minutes."),
            .assign(service, .command(PSCommand("Set-AzApiManagement", [.named("InputObject", service)] + identityArguments(apim) + [.switch("PassThru")]))),
        ])], else: nil))
        return statements
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
        let service = PSExpression.variable("apiManagement")
        let current = PSExpression.variable("currentHostnames")
        let desired = PSExpression.variable("desiredHostnames")
        let configuration = PSExpression.variable("configuration")
        let certificate = PSExpression.variable("certificate")
        let kinds = CustomHostname.Kind.allCases.filter { kind in apim.hostnames.contains { $0.kind == kind } }
        var statements: [PSStatement] = [
            ScriptIdioms.comment("Host names are sent only when they differ from the service's: a host name update takes up to 45 minutes."),
            .assign(current, .array([])),
        ]
        let existing = kinds.map { PSExpression.array([.member(service, Self.hostnameProperty($0).property)]) }
        if let first = existing.first {
            statements.append(.foreach(variable: "configuration", in: existing.dropFirst().reduce(first) { .binary($0, "+", $1) }, body: [
                .if([PSConditional(.binary(.binary(.null, "-ne", configuration), "-and",
                                           .not(.call(.member(.member(configuration, "Hostname"), "EndsWith"), [.string(".azure-api.net")]))), [
                    .assign(certificate, .member(configuration, "KeyVaultId")),
                    .if([PSConditional(.not(certificate), [.assign(certificate, .member(.member(configuration, "CertificateInformation"), "Thumbprint"))])], else: nil),
                    .assign(current, .binary(current, "+", .expandable([
                        .subexpression(.member(configuration, "HostnameType")), .text("|"), .subexpression(.member(configuration, "Hostname")),
                        .text("|"), .variable("certificate"),
                    ]))),
                ])], else: nil),
            ]))
        }
        statements.append(.assign(desired, .array([])))
        for kind in kinds {
            let hostnames = apim.hostnames.filter { $0.kind == kind }
            statements += environment.statements(.certificate(kind)) { variant in
                let configurations = hostnames.map { PSExpression.command(hostnameConfiguration($0, certificate: variant)) }
                let (property, type) = Self.hostnameProperty(kind)
                // The gateway takes a list of host names; every other endpoint takes one.
                let value: PSExpression = kind == .gateway ? .arrayBlock(configurations) : configurations[0]
                return [.assign(.member(service, property), value)] + hostnames.map { hostname in
                    .assign(desired, .binary(desired, "+", .expandable([
                        .text(type + "|"), Self.part(environment.host(hostname.hostName)), .text("|"),
                        Self.part(certificateIdentity(hostname, variant: variant)),
                    ])))
                }
            }
        }
        let changed = PSExpression.variable("hostnamesChanged")
        statements.append(.assign(changed, .cast("bool", .paren(.command(PSCommand("Compare-Object", [
            .named("ReferenceObject", desired), .named("DifferenceObject", current),
        ]))))))
        if !apim.publicNetworkAccess {
            statements.append(ScriptIdioms.comment("API Management cannot be created without public access; it is turned off here."))
            statements.append(.if([PSConditional(.binary(.member(service, "PublicNetworkAccess"), "-ne", .string("Disabled")), [
                .assign(changed, .bool(true)),
                .assign(.member(service, "PublicNetworkAccess"), .string("Disabled")),
            ])], else: nil))
        }
        statements.append(.if([PSConditional(changed, [
            ScriptIdioms.whenApproved(apiManagementName, "Set custom host names", [
                .assign(service, .command(PSCommand("Set-AzApiManagement",
                    [.named("InputObject", service)] + identityArguments(apim) + [.switch("PassThru")]))),
            ]),
        ])], else: [ScriptIdioms.information([.text("Custom host names unchanged: not sent again.")])]))
        return ScriptStep(title: "API Management custom host names", statements: statements)
    }

    /// A value inside an expandable string: literal text as is, anything else as `$(…)`.
    private static func part(_ value: PSExpression) -> PSStringPart {
        if case .string(let text) = value { .text(text) } else { .subexpression(value) }
    }

    /// What identifies a host name's certificate on the service: its Key Vault secret, or the
    /// PFX file's thumbprint.
    private func certificateIdentity(_ hostname: CustomHostname, variant: EnvironmentTable.Variant?) -> PSExpression {
        switch CertificateArguments(hostname.certificate, variant: variant, inputs: inputs) {
        case .pfx(let path, let password):
            .member(.paren(.call(.staticMember(type: "System.Security.Cryptography.X509Certificates.X509Certificate2", name: "new"), [path, password])), "Thumbprint")
        case .keyVault(let secretIdentifier, _):
            secretIdentifier
        }
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
