import DSL

/// The settings that differ between environments as template parameters: one parameter per
/// setting with the declared deployment's value as its default (a secret has none), the one
/// substitution the builder consults wherever such a value appears, and each environment's
/// parameter values or secret sources.
struct RMEnvironmentParameters {
    /// Parameters to declare, in the order of the deployment's environment parameters.
    private(set) var parameters: [RMParameter] = []
    /// One per environment, in declaration order.
    private(set) var environments: [RMEnvironment]
    /// How the gateway's scale is parameterised, when it differs between environments.
    private(set) var gatewayCapacity: GatewayCapacity?
    /// Settings whose value changes shape between environments (a PFX here, a Key Vault
    /// certificate there; a plain named value here, a Key Vault one there): the template keeps
    /// the declared shape and value for them.
    private(set) var unsupported: [EnvironmentParameter.Kind] = []
    private var names: [EnvironmentParameter.Kind: String] = [:]
    private var hostNames: [String: String] = [:]
    private var keyVaultSecretIDs: [String: String] = [:]
    /// PFX certificates whose file and password differ, by declared path: each
    /// environment's file and password.
    private var pfxCertificates: [String: [(environment: String, path: String, password: SecretReference)]] = [:]
    private let environmentNames: [String]

    /// The parameters of the gateway's scale: instance count, autoscale bounds, or both
    /// with a switch when some environments scale automatically and others do not.
    enum GatewayCapacity: Hashable {
        case fixed(capacity: String)
        case autoscale(minimum: String, maximum: String)
        case mixed(autoscale: String, capacity: String, minimum: String, maximum: String)
    }

    static let apiManagementSkuParameter = "apiManagementSku"

    init(_ resolved: ResolvedDeployment) {
        environmentNames = resolved.environments.map(\.name)
        environments = resolved.environments.map { RMEnvironment(name: $0.name) }
        for parameter in resolved.environmentParameters {
            guard let declared = parameter.kind.value(in: resolved) else { continue }
            add(parameter, declared: declared, resolved: resolved)
        }
    }

    /// What the template says about the settings it could not parameterise.
    var unsupportedNote: String? {
        guard !unsupported.isEmpty else { return nil }
        let settings = unsupported.map { kind -> String in
            switch kind {
            case .certificate(let hostKind): "the \(hostKind.rawValue) host name's certificate"
            case .namedValue(let name): "named value \(name)"
            default: "\(kind)"
            }
        }
        return "Not parameterised, because its kind differs between environments (a PFX file or a Key Vault certificate or value, another vault or identity): "
            + settings.joined(separator: ", ") + "; every environment deploys the declared one."
    }

    // MARK: Substitution

    /// The parameter that replaces `kind`'s value, if it differs between environments.
    func parameter(_ kind: EnvironmentParameter.Kind) -> RMExpression? {
        names[kind].map(RMExpression.parameter)
    }

    /// A host name, or the parameter that replaces it: wherever the declared deployment
    /// uses a host name that differs per environment (API Management, listeners, probes,
    /// backend Host headers and pools, outputs).
    func hostName(_ text: String) -> RMExpression {
        hostNames[text].map(RMExpression.parameter) ?? .string(text)
    }

    /// A Key Vault certificate's secret identifier, or the parameter that replaces it.
    func secretIdentifier(_ certificate: KeyVaultCertificate) -> RMExpression {
        keyVaultSecretIDs[certificate.secretIdentifier].map(RMExpression.parameter) ?? .string(certificate.secretIdentifier)
    }

    /// The relative name of a private DNS record in `zone`: its parameter when it differs per
    /// environment.
    func recordName(_ name: String, zone: String) -> RMExpression {
        value(.dnsRecordName(zone: zone, record: name), or: name)
    }

    /// A setting's parameter when it differs between environments, else `literal`.
    func value(_ kind: EnvironmentParameter.Kind, or literal: String) -> RMExpression {
        parameter(kind) ?? .string(literal)
    }

    // MARK: Environment values

    /// Sets the sources of the declared parameters a PFX certificate uses (its content and
    /// password) in the environments whose certificate is another PFX file.
    mutating func setPFXSources(declaredPath: String, dataParameter: String, passwordParameter: String) {
        for certificate in pfxCertificates[declaredPath] ?? [] {
            let data = RMNaming.camelCase(RMNaming.fileStem(certificate.path)) + "PfxData"
            set(dataParameter, .secret(environmentVariable: RMNaming.environmentVariable(data)), in: certificate.environment)
            if let index = environments.firstIndex(where: { $0.name == certificate.environment }) {
                environments[index].fileContents[dataParameter] = RMFileContent(path: certificate.path, base64: true)
            }
            set(passwordParameter, Self.secretSource(certificate.password), in: certificate.environment)
        }
    }

    /// The environment variable a secret arrives in, named after its parameter (the Key Vault
    /// secret's or the manifest's).
    static func secretSource(_ reference: SecretReference) -> RMParameter.Source {
        .secret(environmentVariable: RMNaming.environmentVariable(RMTemplateBuilder.secretParameter(reference)))
    }

    private mutating func set(_ parameter: String, _ source: RMParameter.Source, in environment: String) {
        guard let index = environments.firstIndex(where: { $0.name == environment }) else { return }
        environments[index].sources[parameter] = source
    }

    private mutating func setEach(_ parameter: String, _ values: [EnvironmentParameter.EnvironmentValue], _ source: (EnvironmentParameter.Value) -> RMParameter.Source?) {
        for value in values { if let source = source(value.value) { set(parameter, source, in: value.environment) } }
    }

    // MARK: Mapping

    /// What a parameter's description adds when the environments set it.
    var perEnvironment: String {
        " Differs per environment (\(environmentNames.joined(separator: ", "))): each environment's parameter file sets it."
    }

    /// Declares `parameter`; it replaces `kind`'s value when the value is one expression.
    private mutating func declare(_ kind: EnvironmentParameter.Kind?, _ parameter: RMParameter) {
        var parameter = parameter
        parameter.description += perEnvironment
        if let kind { names[kind] = parameter.name }
        parameters.append(parameter)
    }

    private mutating func add(_ parameter: EnvironmentParameter, declared: EnvironmentParameter.Value, resolved: ResolvedDeployment) {
        let kind = parameter.kind, values = parameter.values
        let text: (EnvironmentParameter.Value) -> RMParameter.Source? = { if case .text(let text) = $0 { .value(.string(text)) } else { nil } }
        let number: (EnvironmentParameter.Value) -> RMParameter.Source? = { if case .number(let number) = $0 { .value(.int(number)) } else { nil } }
        let zones: (EnvironmentParameter.Value) -> RMParameter.Source? = { if case .numbers(let zones) = $0 { .value(RMTemplateBuilder.zones(zones)) } else { nil } }
        switch (kind, declared) {
        case (.resourceGroup, _), (.subscription, _):
            // The deployment's scope, not a parameter: each environment's pipeline stage (and the
            // runbook's command) deploys into its own resource group and subscription.
            break
        case (.apiManagementName, .text(let name)):
            declare(kind, RMParameter("apiManagementName", .string, description: "Name of the API Management service; unique across Azure (<name>.azure-api.net).",
                                      defaultValue: .string(name)))
            setEach("apiManagementName", values, text)
        case (.publicIPDomainLabel(let ip), .text(let label)):
            let name = RMNaming.camelCase(ip) + "DomainNameLabel"
            declare(kind, RMParameter(name, .string, description: "DNS label of public IP \(ip); unique in the region.", defaultValue: .string(label)))
            setEach(name, values, text)
        case (.defaultHostName(let hostKind), .text(let host)):
            let name = "apiManagement" + RMNaming.upperCamelCase(hostKind.rawValue) + "DefaultHostName"
            declare(kind, RMParameter(name, .string, description: "The \(hostKind.rawValue) endpoint's own host name, <service>.azure-api.net, which the gateway's backend pool targets.",
                                      defaultValue: .string(host)))
            hostNames[host] = name
            setEach(name, values, text)
        case (.apiManagementPrivateEndpointName, .text(let endpoint)):
            declare(kind, RMParameter("apiManagementPrivateEndpointName", .string, description: "Name of API Management's private endpoint.", defaultValue: .string(endpoint)))
            setEach("apiManagementPrivateEndpointName", values, text)
        case (.dnsRecordName(let zone, let record), .text):
            let name = "dnsRecord" + RMNaming.upperCamelCase(record == "@" ? zone : record + "." + zone)
            declare(kind, RMParameter(name, .string, description: "Name of the private DNS A record in \(zone) that resolves an API Management host name to its private address.",
                                      defaultValue: .string(record)))
            setEach(name, values, text)
        case (.apiManagementSKU, .text):
            // Always declared (RMTemplateBuilder.addParameters), with the closed set of tiers.
            names[kind] = Self.apiManagementSkuParameter
            setEach(Self.apiManagementSkuParameter, values, text)
        case (.apiManagementUnits, .number(let units)):
            declare(kind, RMParameter("apiManagementUnits", .int, description: "Scale units of API Management \(resolved.apiManagement?.name ?? "").", defaultValue: .int(units)))
            setEach("apiManagementUnits", values, number)
        case (.apiManagementZones, .numbers(let declaredZones)):
            declare(kind, RMParameter("apiManagementZones", .array, description: "Availability zones of API Management \(resolved.apiManagement?.name ?? "") (none: not zone-redundant).",
                                      defaultValue: RMTemplateBuilder.zones(declaredZones)))
            setEach("apiManagementZones", values, zones)
        case (.gatewayZones, .numbers(let declaredZones)):
            declare(kind, RMParameter("applicationGatewayZones", .array, description: "Availability zones of Application Gateway \(resolved.applicationGateway?.name ?? "") (none: not zone-redundant).",
                                      defaultValue: RMTemplateBuilder.zones(declaredZones)))
            setEach("applicationGatewayZones", values, zones)
        case (.firewallMode, .text(let mode)):
            declare(kind, RMParameter("wafMode", .string, description: "Mode of the gateway's web application firewall.",
                                      allowedValues: WAFMode.allCases.map { .string($0.rawValue) }, defaultValue: .string(mode)))
            setEach("wafMode", values, text)
        case (.gatewayCapacity, .capacity(let capacity)):
            addGatewayCapacity(declared: capacity, values, gateway: resolved.applicationGateway?.name ?? "")
        case (.hostName(let hostKind), .text(let host)):
            let name = "apiManagement" + RMNaming.upperCamelCase(hostKind.rawValue) + "HostName"
            declare(kind, RMParameter(name, .string, description: "Custom \(hostKind.rawValue) host name of API Management.", defaultValue: .string(host)))
            hostNames[host] = name
            setEach(name, values, text)
        case (.certificate(let hostKind), .certificate(let source)):
            addCertificate(hostKind, declared: source, values)
        case (.namedValue(let name), .namedValue(let value)):
            addNamedValue(name, declared: value, values)
        default:
            unsupported.append(kind)
        }
    }

    private mutating func addGatewayCapacity(declared: ApplicationGateway.Capacity, _ values: [EnvironmentParameter.EnvironmentValue], gateway: String) {
        let capacities = values.compactMap { value -> (String, ApplicationGateway.Capacity)? in
            if case .capacity(let capacity) = value.value { (value.environment, capacity) } else { nil }
        }
        let all = [declared] + capacities.map(\.1)
        let fixedCounts = all.compactMap { if case .fixed(let count) = $0 { count } else { nil } }
        let bounds = all.compactMap { if case .autoscale(let minimum, let maximum) = $0 { (minimum, maximum) } else { nil } }
        let count = "applicationGatewayCapacity", minimum = "applicationGatewayMinCapacity", maximum = "applicationGatewayMaxCapacity"
        let switchName = "applicationGatewayAutoscale"
        func declareCount() {
            declare(nil, RMParameter(count, .int, description: "Fixed instance count of Application Gateway \(gateway).", defaultValue: .int(fixedCounts[0])))
        }
        func declareBounds() {
            declare(nil, RMParameter(minimum, .int, description: "Minimum instance count of Application Gateway \(gateway) when it scales automatically.", defaultValue: .int(bounds[0].0)))
            declare(nil, RMParameter(maximum, .int, description: "Maximum instance count of Application Gateway \(gateway) when it scales automatically.", defaultValue: .int(bounds[0].1)))
        }
        if bounds.isEmpty {
            declareCount()
            gatewayCapacity = .fixed(capacity: count)
        } else if fixedCounts.isEmpty {
            declareBounds()
            gatewayCapacity = .autoscale(minimum: minimum, maximum: maximum)
        } else {
            var autoscale = false
            if case .autoscale = declared { autoscale = true }
            declare(nil, RMParameter(switchName, .bool, description: "Whether Application Gateway \(gateway) scales automatically (or runs a fixed instance count).",
                                                  defaultValue: .bool(autoscale)))
            declareCount()
            declareBounds()
            gatewayCapacity = .mixed(autoscale: switchName, capacity: count, minimum: minimum, maximum: maximum)
        }
        for (environment, capacity) in capacities {
            switch capacity {
            case .fixed(let instances):
                if !bounds.isEmpty, !fixedCounts.isEmpty { set(switchName, .value(false), in: environment) }
                set(count, .value(.int(instances)), in: environment)
            case .autoscale(let low, let high):
                if !bounds.isEmpty, !fixedCounts.isEmpty { set(switchName, .value(true), in: environment) }
                set(minimum, .value(.int(low)), in: environment)
                set(maximum, .value(.int(high)), in: environment)
            }
        }
    }

    private mutating func addCertificate(_ hostKind: CustomHostname.Kind, declared: CertificateSource, _ values: [EnvironmentParameter.EnvironmentValue]) {
        let sources = values.compactMap { value -> (String, CertificateSource)? in
            if case .certificate(let source) = value.value { (value.environment, source) } else { nil }
        }
        switch declared {
        case .keyVault(let certificate):
            // The vault and identity stay the declared ones: the role assignment that lets the
            // identity read certificates is on that vault.
            let inVault = sources.compactMap { entry -> (String, KeyVaultCertificate)? in
                guard case .keyVault(let other) = entry.1, other.vault == certificate.vault, other.identity == certificate.identity else { return nil }
                return (entry.0, other)
            }
            guard inVault.count == sources.count else { return unsupported.append(.certificate(hostKind)) }
            let name = "apiManagement" + RMNaming.upperCamelCase(hostKind.rawValue) + "CertificateSecretId"
            declare(.certificate(hostKind), RMParameter(name, .string, description: "Secret identifier of the \(hostKind.rawValue) host name's certificate in Key Vault \(certificate.vault), read by \(certificate.identity.description).",
                                                        defaultValue: .string(certificate.secretIdentifier)))
            keyVaultSecretIDs[certificate.secretIdentifier] = name
            for (environment, other) in inVault { set(name, .value(.string(other.secretIdentifier)), in: environment) }
        case .pfx(let path, _):
            let files = sources.compactMap { entry -> (environment: String, path: String, password: SecretReference)? in
                guard case .pfx(let other, let password) = entry.1 else { return nil }
                return (entry.0, other, password)
            }
            guard files.count == sources.count else { return unsupported.append(.certificate(hostKind)) }
            // The declared content and password parameters stay; setPFXSources points each
            // environment's file at its own secrets once the builder has named them.
            pfxCertificates[path] = files
        }
    }

    private mutating func addNamedValue(_ name: String, declared: NamedValue.Value, _ values: [EnvironmentParameter.EnvironmentValue]) {
        let all = [declared] + values.compactMap { value -> NamedValue.Value? in if case .namedValue(let named) = value.value { named } else { nil } }
        let parameter = RMNaming.camelCase(name) + "NamedValue"
        let kind = EnvironmentParameter.Kind.namedValue(name)
        let plainOrSecret = all.allSatisfy { if case .plain = $0 { true } else if case .secret = $0 { true } else { false } }
        if all.allSatisfy({ if case .plain = $0 { true } else { false } }), case .plain(let text) = declared {
            declare(kind, RMParameter(parameter, .string, description: "Value of the API Management named value \(name).", defaultValue: .string(text)))
            setEach(parameter, values) { if case .namedValue(.plain(let text)) = $0 { .value(.string(text)) } else { nil } }
        } else if plainOrSecret {
            // A secret in some environment: secret in all, with no value in any file.
            let fromVault = RMParameter.Source.secret(environmentVariable: RMNaming.environmentVariable(parameter))
            func source(_ value: NamedValue.Value) -> RMParameter.Source? {
                switch value {
                case .secret(let reference): Self.secretSource(reference)
                case .plain: fromVault
                default: nil
                }
            }
            declare(kind, RMParameter(parameter, .secureString, description: "Secret value of the API Management named value \(name).", source: source(declared)))
            setEach(parameter, values) { if case .namedValue(let value) = $0 { source(value) } else { nil } }
        } else if case .keyVault(let vault, let secret, let identity) = declared,
                  all.allSatisfy({ if case .keyVault(let other, _, let reader) = $0 { other == vault && reader == identity } else { false } }) {
            let secretName = parameter + "SecretId"
            declare(kind, RMParameter(secretName, .string, description: "Secret identifier in Key Vault \(vault) of the API Management named value \(name), read by \(identity.description).",
                                      defaultValue: .string(KeyVault.secretIdentifier(vault: vault, secret: secret))))
            setEach(secretName, values) {
                if case .namedValue(.keyVault(let vault, let secret, _)) = $0 { .value(.string(KeyVault.secretIdentifier(vault: vault, secret: secret))) } else { nil }
            }
        } else {
            unsupported.append(kind)
        }
    }

    /// Whether the named value's parameter holds a secret: set only when some environment's is one.
    func namedValueIsSecret(_ name: String) -> Bool {
        parameters.contains { $0.name == names[.namedValue(name)] && $0.type == .secureString }
    }
}
