import DSL

/// The settings that differ between environments (`ResolvedDeployment.environmentParameters`)
/// as inputs of the one root module: a variable per setting, defaulting to the declared
/// deployment's value, and each environment's assignments for `environments/<env>.tfvars`.
///
/// It is the one substitution the renderers go through: asked for a host name, a certificate,
/// the SKU or a named value, it answers with the variable where the value differs between
/// environments and with the literal everywhere else.
struct TerraformEnvironmentParameters {
    /// The variables, in parameter order.
    private(set) var variables: [TerraformVariable] = []
    /// Environment name → the PFX files its `.tfvars` points variables at (variable, manifest
    /// path): a pipeline passes the downloaded file instead, with `-var`, which wins over the
    /// `.tfvars` file.
    private(set) var certificatePaths: [String: [(variable: String, path: String)]] = [:]
    /// Environment name → the secret input each sensitive variable takes there, for the
    /// variables whose input differs between environments (a plain value is in its `.tfvars`).
    private(set) var secretSources: [String: [String: String]] = [:]
    /// Environment name → its `.tfvars` assignments, in variable order.
    private(set) var assignments: [String: [HCLBodyItem]] = [:]
    /// Settings that differ between environments but that the module keeps as declared, each
    /// with the reason.
    private(set) var limitations: [String] = []

    /// Environment name → the variables its `.tfvars` sets.
    private var assigned: [String: Set<String>] = [:]
    /// Declared host name → variable.
    private var hostNames: [String: String] = [:]
    /// `record.zone` of a derived A record → the variable holding its name.
    private var dnsRecords: [String: String] = [:]
    /// Settings that have a variable of their own → that variable.
    private var named: [EnvironmentParameter.Kind: String] = [:]
    /// Declared Key Vault certificate → variable holding the certificate's name.
    private var keyVaultCertificates: [KeyVaultCertificate: String] = [:]
    /// Declared PFX path → variable holding the path.
    private var certificateFiles: [String: String] = [:]
    /// Declared PFX path → sensitive variable holding its password, when the environments'
    /// files have passwords of their own.
    private var certificatePasswords: [String: String] = [:]
    /// Named value → variable holding its value.
    private var namedValues: [String: TerraformVariable] = [:]
    private(set) var apiManagementSKU: String?
    private(set) var apiManagementUnits: String?
    private(set) var apiManagementZones: String?
    private(set) var gatewayCapacity: GatewayCapacity?
    private(set) var gatewayZones: String?
    private(set) var firewallMode: String?

    /// How the gateway's instance count reaches the module.
    enum GatewayCapacity: Equatable {
        /// Every environment runs a fixed count.
        case fixed(String)
        /// Every environment autoscales.
        case autoscale(minimum: String, maximum: String)
        /// Some environments run a fixed count, some autoscale: the count is null where they
        /// autoscale and the bounds are null where they do not.
        case either(fixed: String, minimum: String, maximum: String)
    }

    static let apiManagementSKUVariable = "api_management_sku"
    static let apiManagementUnitsVariable = "api_management_units"
    static let apiManagementZonesVariable = "api_management_zones"
    static let gatewayCapacityVariable = "application_gateway_capacity"
    static let gatewayMinimumCapacityVariable = "application_gateway_min_capacity"
    static let gatewayMaximumCapacityVariable = "application_gateway_max_capacity"
    static let gatewayZonesVariable = "application_gateway_zones"
    static let firewallModeVariable = "waf_mode"

    static func hostNameVariable(_ kind: CustomHostname.Kind) -> String { SnakeCase.identifier(kind.rawValue) + "_host_name" }
    static func certificateNameVariable(_ kind: CustomHostname.Kind) -> String { SnakeCase.identifier(kind.rawValue) + "_certificate_name" }
    static func certificatePathVariable(_ kind: CustomHostname.Kind) -> String { SnakeCase.identifier(kind.rawValue) + "_certificate_path" }
    static func certificatePasswordVariableName(_ kind: CustomHostname.Kind) -> String { SnakeCase.identifier(kind.rawValue) + "_certificate_password" }
    static func namedValueVariable(_ name: String) -> String { "named_value_" + SnakeCase.identifier(name) }
    static let apiManagementNameVariable = "api_management_name"
    static let privateEndpointNameVariable = "api_management_private_endpoint_name"
    static func domainLabelVariable(_ ip: String) -> String { SnakeCase.identifier(ip) + "_domain_name_label" }
    static func defaultHostVariable(_ kind: CustomHostname.Kind) -> String { SnakeCase.identifier(kind.rawValue) + "_default_host_name" }
    static func dnsRecordVariable(zone: String, record: String) -> String {
        "dns_record_" + SnakeCase.identifier(record == "@" ? zone : record + "." + zone)
    }

    private let parameters: [EnvironmentParameter]

    init(_ resolved: ResolvedDeployment) {
        parameters = resolved.environmentParameters
        for environment in resolved.environments { assignments[environment.name] = [] }
        for parameter in resolved.environmentParameters {
            guard let declared = parameter.kind.value(in: resolved) else { continue }
            add(parameter, declared: declared, in: resolved)
        }
    }

    // MARK: Substitutions

    /// A host name: its variable when it differs between environments, else the literal.
    func hostName(_ host: String) -> HCLExpression {
        hostNames[host].map(TF.variable) ?? .string(host)
    }

    func hostNameList(_ hosts: [String]) -> HCLExpression { .list(hosts.map(hostName)) }

    /// Whether any of `hosts` differs between environments.
    func parameterizes(_ hosts: [String]) -> Bool { hosts.contains { hostNames[$0] != nil } }

    /// The name of the private DNS A record for `record` in `zone`: the host name variable
    /// without the zone when the host differs between environments.
    func dnsRecordName(_ record: String, zone: String) -> HCLExpression {
        dnsRecords[record + "." + zone].map(TF.variable) ?? .string(record)
    }

    /// A setting with a variable of its own (a name, a resource group): the variable when the
    /// setting differs between environments, else `literal`.
    func value(_ kind: EnvironmentParameter.Kind, or literal: String) -> HCLExpression {
        named[kind].map(TF.variable) ?? .string(literal)
    }

    /// Whether the setting differs between environments.
    func differs(_ kind: EnvironmentParameter.Kind) -> Bool { parameters.contains { $0.kind == kind } }

    /// The certificate part of a Key Vault secret identifier.
    func certificateName(_ certificate: KeyVaultCertificate) -> HCLTemplatePart {
        keyVaultCertificates[certificate].map { .interpolation(TF.variable($0)) } ?? .literal(certificate.certificate)
    }

    /// The variable holding a PFX path that differs between environments.
    func certificateFileVariable(_ path: String) -> String? { certificateFiles[path] }

    /// Whether `environment`'s `.tfvars` sets `variable`.
    func isAssigned(_ variable: String, in environment: String) -> Bool { assigned[environment]?.contains(variable) ?? false }

    /// The variable holding the password of the declared PFX file at `path`, when it differs.
    func certificatePasswordVariable(_ path: String) -> String? { certificatePasswords[path] }

    /// The variable holding a named value that differs between environments.
    func namedValueVariable(_ name: String) -> TerraformVariable? { namedValues[name] }

    /// The variable of a zone list that differs between environments, as the strings azurerm
    /// takes; the literal zones otherwise (nil when there are none).
    static func zones(_ variable: String?, declared: [Int]) -> HCLExpression? {
        if let variable { return .forList(element: "zone", in: TF.variable(variable), result: .call("tostring", [.ref("zone")])) }
        return declared.isEmpty ? nil : TF.zones(declared)
    }

    // MARK: Parameters

    private mutating func add(_ parameter: EnvironmentParameter, declared: EnvironmentParameter.Value, in resolved: ResolvedDeployment) {
        let values = [declared] + parameter.values.map(\.value)
        switch parameter.kind {
        case .resourceGroup:
            // The module's own `resource_group_name` (TerraformVariables); each environment sets it.
            assignEach(TerraformVariables.resourceGroupName, parameter)
        case .subscription:
            assignEach(TerraformVariables.subscriptionID, parameter)
        case .apiManagementName:
            let name = Self.apiManagementNameVariable
            named[parameter.kind] = name
            addSimple(parameter, declared, TerraformVariable(
                name: name, type: TerraformVariable.string,
                description: "Name of the API Management service; unique across Azure (<name>.azure-api.net).",
                validation: (.call("can", [.call("regex", [.string("^[A-Za-z][A-Za-z0-9-]{0,48}[A-Za-z0-9]$"), TF.variable(name)])]),
                             "API Management names have 1-50 letters, digits and '-', start with a letter and end with a letter or digit.")))
        case .publicIPDomainLabel(let ip):
            let name = Self.domainLabelVariable(ip)
            named[parameter.kind] = name
            addSimple(parameter, declared, TerraformVariable(
                name: name, type: TerraformVariable.string,
                description: "DNS label of public IP \(ip) (<label>.<region>.cloudapp.azure.com); unique in the region.",
                validation: (.call("can", [.call("regex", [.string("^[a-z][a-z0-9-]{1,61}[a-z0-9]$"), TF.variable(name)])]),
                             "DNS labels have 3-63 lowercase letters, digits and '-', and start with a letter.")))
        case .defaultHostName(let kind):
            guard case .text(let host) = declared else { return }
            let name = Self.defaultHostVariable(kind)
            hostNames[host] = name
            addSimple(parameter, declared, TerraformVariable(
                name: name, type: TerraformVariable.string,
                description: "The \(kind.rawValue) endpoint's own host name, <service>.azure-api.net, which the gateway's backend pool targets."))
        case .apiManagementPrivateEndpointName:
            let name = Self.privateEndpointNameVariable
            named[parameter.kind] = name
            addSimple(parameter, declared, TerraformVariable(
                name: name, type: TerraformVariable.string, description: "Name of API Management's private endpoint."))
        case .dnsRecordName(let zone, let record):
            let name = Self.dnsRecordVariable(zone: zone, record: record)
            dnsRecords[record + "." + zone] = name
            addSimple(parameter, declared, TerraformVariable(
                name: name, type: TerraformVariable.string,
                description: "Name of the private DNS A record in \(zone) that resolves an API Management host name to its private address."))
        case .apiManagementSKU:
            let name = Self.apiManagementSKUVariable
            apiManagementSKU = name
            let skus = (resolved.apiManagement?.acceptedSKUs ?? APIManagement.SKU.allCases).map(\.rawValue)
            addSimple(parameter, declared, TerraformVariable(
                name: name, type: TerraformVariable.string,
                description: "Pricing tier of API Management.",
                validation: (.call("contains", [TF.strings(skus), TF.variable(name)]), "The tier must be one of \(skus.joined(separator: ", ")).")))
        case .apiManagementUnits:
            let name = Self.apiManagementUnitsVariable
            apiManagementUnits = name
            addSimple(parameter, declared, TerraformVariable(
                name: name, type: TerraformVariable.number,
                description: "Scale units of API Management.",
                validation: (.binary(.and, .binary(.greaterOrEqual, TF.variable(name), 1), .binary(.equal, .call("floor", [TF.variable(name)]), TF.variable(name))),
                             "API Management runs at least one whole unit.")))
        case .apiManagementZones:
            apiManagementZones = Self.apiManagementZonesVariable
            addSimple(parameter, declared, Self.zonesVariable(Self.apiManagementZonesVariable, of: "API Management"))
        case .gatewayZones:
            gatewayZones = Self.gatewayZonesVariable
            addSimple(parameter, declared, Self.zonesVariable(Self.gatewayZonesVariable, of: "the Application Gateway"))
        case .firewallMode:
            let name = Self.firewallModeVariable
            firewallMode = name
            let modes = WAFMode.allCases.map(\.rawValue)
            addSimple(parameter, declared, TerraformVariable(
                name: name, type: TerraformVariable.string,
                description: "Mode of the gateway's web application firewall: Prevention blocks, Detection only logs.",
                validation: (.call("contains", [TF.strings(modes), TF.variable(name)]), "The WAF mode is Detection or Prevention.")))
        case .gatewayCapacity:
            addCapacity(parameter, values: values)
        case .hostName(let kind):
            addHostName(kind, parameter, declared, values: values, in: resolved)
        case .certificate(let kind):
            addCertificate(kind, parameter, values: values, in: resolved)
        case .namedValue(let name):
            addNamedValue(name, parameter, values: values)
        }
    }

    /// A variable holding the value itself: default and example the declared value, each
    /// environment's value in its file.
    private mutating func addSimple(_ parameter: EnvironmentParameter, _ declared: EnvironmentParameter.Value, _ variable: TerraformVariable) {
        var variable = variable
        variable.defaultValue = Self.expression(declared)
        variable.example = variable.defaultValue
        variables.append(variable)
        for value in parameter.values {
            if let expression = Self.expression(value.value) { assign(variable.name, expression, in: value.environment) }
        }
    }

    private static func zonesVariable(_ name: String, of what: String) -> TerraformVariable {
        TerraformVariable(
            name: name, type: .call("list", [.variable("number")]),
            description: "Availability zones of \(what); empty for none.",
            validation: (.call("alltrue", [.forList(element: "zone", in: TF.variable(name), result: .call("contains", [.list([1, 2, 3]), .ref("zone")]))]),
                         "Availability zones are 1, 2 and 3."))
    }

    private mutating func addCapacity(_ parameter: EnvironmentParameter, values: [EnvironmentParameter.Value]) {
        let capacities = values.compactMap { value -> ApplicationGateway.Capacity? in
            if case .capacity(let capacity) = value { capacity } else { nil }
        }
        let fixed = capacities.allSatisfy { if case .fixed = $0 { true } else { false } }
        let autoscale = capacities.allSatisfy { if case .autoscale = $0 { true } else { false } }
        let count = Self.gatewayCapacityVariable, minimum = Self.gatewayMinimumCapacityVariable, maximum = Self.gatewayMaximumCapacityVariable
        gatewayCapacity = fixed ? .fixed(count) : autoscale ? .autoscale(minimum: minimum, maximum: maximum) : .either(fixed: count, minimum: minimum, maximum: maximum)
        let nullable = !fixed && !autoscale
        func bounded(_ name: String, _ low: Int, _ high: Int) -> HCLExpression {
            let range = HCLExpression.binary(.and, .binary(.greaterOrEqual, TF.variable(name), .number(low)), .binary(.lessOrEqual, TF.variable(name), .number(high)))
            return nullable ? .conditional(.binary(.equal, TF.variable(name), .null), true, range) : range
        }
        let declared = capacities[0]
        let either = nullable ? " Null where the environment autoscales." : ""
        let bound = nullable ? " Null where the environment runs a fixed count." : ""
        var all: [TerraformVariable] = []
        if !autoscale {
            let value: HCLExpression = if case .fixed(let n) = declared { .number(n) } else { .null }
            all.append(TerraformVariable(
                name: count, type: TerraformVariable.number,
                description: "Fixed instance count of the Application Gateway." + either,
                defaultValue: value, validation: (bounded(count, 1, 125), "A WAF_v2 gateway runs 1 to 125 instances."), example: value))
        }
        if !fixed {
            let (low, high): (HCLExpression, HCLExpression) = if case .autoscale(let a, let b) = declared { (.number(a), .number(b)) } else { (.null, .null) }
            all.append(TerraformVariable(
                name: minimum, type: TerraformVariable.number,
                description: "Fewest instances the Application Gateway autoscales to." + bound,
                defaultValue: low, validation: (bounded(minimum, 0, 100), "The autoscale minimum is 0 to 100."), example: low))
            all.append(TerraformVariable(
                name: maximum, type: TerraformVariable.number,
                description: "Most instances the Application Gateway autoscales to." + bound,
                defaultValue: high, validation: (bounded(maximum, 2, 125), "The autoscale maximum is 2 to 125."), example: high))
        }
        variables += all
        for value in parameter.values {
            guard case .capacity(let capacity) = value.value else { continue }
            switch capacity {
            case .fixed(let n):
                assign(count, .number(n), in: value.environment)
                if nullable {
                    assign(minimum, .null, in: value.environment)
                    assign(maximum, .null, in: value.environment)
                }
            case .autoscale(let low, let high):
                if nullable { assign(count, .null, in: value.environment) }
                assign(minimum, .number(low), in: value.environment)
                assign(maximum, .number(high), in: value.environment)
            }
        }
    }

    private mutating func addHostName(_ kind: CustomHostname.Kind, _ parameter: EnvironmentParameter, _ declared: EnvironmentParameter.Value,
                                      values: [EnvironmentParameter.Value], in resolved: ResolvedDeployment) {
        guard case .text(let host) = declared else { return }
        let name = Self.hostNameVariable(kind)
        hostNames[host] = name
        let condition: HCLExpression = .call("can", [.call("regex", [.string(Self.hostNamePattern), TF.variable(name)])])
        let message = "The host name must be a fully qualified domain name."
        addSimple(parameter, declared, TerraformVariable(
            name: name, type: TerraformVariable.string,
            description: "Host name of the API Management \(kind.rawValue) endpoint.",
            validation: (condition, message)))
    }

    private mutating func addCertificate(_ kind: CustomHostname.Kind, _ parameter: EnvironmentParameter, values: [EnvironmentParameter.Value], in resolved: ResolvedDeployment) {
        let sources = values.compactMap { if case .certificate(let source) = $0 { source } else { nil } }
        let vaults = sources.compactMap(\.keyVaultCertificate)
        if vaults.count == sources.count, let first = vaults.first, vaults.allSatisfy({ $0.vault == first.vault && $0.identity == first.identity }) {
            let name = Self.certificateNameVariable(kind)
            keyVaultCertificates[first] = name
            variables.append(TerraformVariable(
                name: name, type: TerraformVariable.string,
                description: "Name of the certificate in Key Vault \(first.vault) for the \(kind.rawValue) host name.",
                defaultValue: .string(first.certificate),
                validation: (.call("can", [.call("regex", [.string("^[0-9A-Za-z-]{1,127}$"), TF.variable(name)])]),
                             "Key Vault certificate names have 1-127 letters, digits and '-'."),
                example: .string(first.certificate)))
            for value in parameter.values {
                if case .certificate(.keyVault(let certificate)) = value.value { assign(name, .string(certificate.certificate), in: value.environment) }
            }
            return
        }
        let files = sources.compactMap { source -> (path: String, password: SecretReference)? in
            if case .pfx(let path, let password) = source { (path, password) } else { nil }
        }
        let passwordInputs = files.compactMap { if case .parameter(let name) = $0.password { name } else { nil } }
        let samePassword = files.allSatisfy { $0.password == files.first?.password }
        if files.count == sources.count, let first = files.first, samePassword || passwordInputs.count == files.count {
            if !samePassword {
                // Each environment's file has its own password input: one sensitive variable
                // takes the selected environment's.
                let password = Self.certificatePasswordVariableName(kind)
                certificatePasswords[first.path] = password
                var variable = TerraformVariable(name: password, type: TerraformVariable.string,
                                                 description: "Password of the PFX file of the \(kind.rawValue) host name. Set it with TF_VAR_\(password); never commit it.")
                variable.sensitive = true
                variables.append(variable)
                for value in parameter.values {
                    if case .certificate(.pfx(_, .parameter(let input))) = value.value { secretSources[value.environment, default: [:]][password] = input }
                }
            }
            let name = Self.certificatePathVariable(kind)
            certificateFiles[first.path] = name
            variables.append(TerraformVariable(
                name: name, type: TerraformVariable.string,
                description: "Path to the PFX file (certificate with private key) of the \(kind.rawValue) host name, relative to this folder (where terraform runs).",
                defaultValue: .string(resolved.inputPath(first.path)), example: .string(resolved.inputPath(first.path))))
            for value in parameter.values {
                if case .certificate(.pfx(let path, _)) = value.value {
                    assign(name, .string(resolved.inputPath(path)), in: value.environment)
                    certificatePaths[value.environment, default: []].append((name, path))
                }
            }
            return
        }
        limitations.append("The \(kind.rawValue) certificate stays as declared in every environment: the environments take it from different kinds of source, vaults, identities or passwords, which one variable cannot switch.")
    }

    private mutating func addNamedValue(_ namedValue: String, _ parameter: EnvironmentParameter, values: [EnvironmentParameter.Value]) {
        let texts = values.map { value -> (plain: String?, secret: Bool)? in
            switch value {
            case .namedValue(.plain(let text)): (text, false)
            case .namedValue(.secret(.parameter)): (nil, true)
            default: nil
            }
        }
        guard texts.allSatisfy({ $0 != nil }) else {
            limitations.append("The named value \(namedValue) stays as declared in every environment: an environment reads it from Key Vault or from a resource, which one variable cannot switch.")
            return
        }
        let name = Self.namedValueVariable(namedValue)
        let secret = texts.contains { $0!.secret }
        var variable = TerraformVariable(name: name, type: TerraformVariable.string, description: "Value of the API Management named value \(namedValue).")
        if secret {
            variable.description = "Secret value of the API Management named value \(namedValue). Set it with TF_VAR_\(name); never commit it."
            variable.sensitive = true
            for value in parameter.values {
                switch value.value {
                case .namedValue(.secret(.parameter(let input))): secretSources[value.environment, default: [:]][name] = input
                case .namedValue(.plain(let text)): assign(name, .string(text), in: value.environment)
                default: break
                }
            }
        } else {
            variable.defaultValue = .string(texts[0]!.plain!)
            variable.example = variable.defaultValue
            for (value, text) in zip(parameter.values, texts.dropFirst()) { assign(name, .string(text!.plain!), in: value.environment) }
        }
        namedValues[namedValue] = variable
        variables.append(variable)
    }

    /// Each environment's value of a variable the module declares anyway.
    private mutating func assignEach(_ variable: String, _ parameter: EnvironmentParameter) {
        for value in parameter.values {
            if let expression = Self.expression(value.value) { assign(variable, expression, in: value.environment) }
        }
    }

    private mutating func assign(_ variable: String, _ value: HCLExpression, in environment: String) {
        assignments[environment, default: []].append(TF.attr(HCLIdentifier(variable)!, value))
        assigned[environment, default: []].insert(variable)
    }

    /// A value as a `.tfvars` literal; nil for what has no literal (a secret, a certificate).
    static func expression(_ value: EnvironmentParameter.Value) -> HCLExpression? {
        switch value {
        case .text(let text): .string(text)
        case .number(let number): .number(number)
        case .numbers(let numbers): .list(numbers.map(HCLExpression.number))
        case .namedValue(.plain(let text)): .string(text)
        case .capacity, .certificate, .namedValue: nil
        }
    }

    /// Labels of letters, digits and inner hyphens, at least two of them.
    static let hostNamePattern = "^([A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?$"
}
