import DSL

/// The values that differ between environments: one `$environments` table with a row per
/// environment, `$environmentSettings` the row `-Environment` selects, and the readers every
/// step uses instead of a literal wherever such a value appears.
struct EnvironmentTable {
    static let settings: PSExpression = .variable("environmentSettings")

    /// One shape a setting's values take (a fixed or an autoscaling capacity, a Key Vault or a
    /// PFX certificate…), with the environments whose value has it.
    struct Variant {
        /// The first of those environments' values: what the shape of the script follows.
        var value: EnvironmentParameter.Value
        var environments: [String]
        var key: String

        /// `$environmentSettings.<key><field>`.
        func field(_ name: String = "") -> PSExpression { .member(EnvironmentTable.settings, key + name) }
    }

    let environments: [String]
    /// Each environment's row, in environment order.
    private(set) var rows: [(environment: String, entries: [PSHashEntry])]
    private var keys: [EnvironmentParameter.Kind: String] = [:]
    private var parameters: [EnvironmentParameter.Kind: EnvironmentParameter] = [:]
    /// A declared host name that differs between environments → its reader.
    private var hosts: [String: PSExpression] = [:]

    init(_ resolved: ResolvedDeployment, inputs: ScriptInputs) {
        environments = resolved.environments.map(\.name)
        rows = environments.map { ($0, []) }
        var used = Set<String>()
        for parameter in resolved.environmentParameters {
            var key = Self.key(parameter.kind)
            var counter = 2
            while used.contains(key.lowercased()) { key = Self.key(parameter.kind) + String(counter); counter += 1 }
            used.insert(key.lowercased())
            keys[parameter.kind] = key
            parameters[parameter.kind] = parameter
            for value in parameter.values {
                add(Self.fields(value.value, inputs: inputs).map { PSHashEntry(key + $0.name, $0.value) }, to: value.environment)
            }
            if case .hostName(let kind) = parameter.kind, let host = resolved.apiManagement?.hostname(kind)?.hostName {
                hosts[host.lowercased()] = .member(Self.settings, key)
            }
            if case .defaultHostName(let kind) = parameter.kind, let host = resolved.apiManagement?.defaultHost(kind) {
                hosts[host.lowercased()] = .member(Self.settings, key)
            }
        }
    }

    var isEmpty: Bool { environments.isEmpty }

    /// `$environments = @{ … }`, `$environmentSettings = $environments[$Environment]`, then
    /// the script parameters the caller left out take the environment's values.
    var statements: [PSStatement] {
        guard !isEmpty else { return [] }
        var statements: [PSStatement] = [
            .assign(.variable("environments"), .hashtable(rows.map { PSHashEntry($0.environment, .hashtable($0.entries)) })),
            .assign(Self.settings, .index(.variable("environments"), .variable(ScriptInputs.environment))),
        ]
        for kind in Self.scriptParameters {
            guard let reader = value(kind), let key = keys[kind] else { continue }
            let given = PSExpression.call(.member(.variable("PSBoundParameters"), "ContainsKey"), [.string(key)])
            statements.append(.if([PSConditional(.not(given), [.assign(.variable(key), reader)])], else: nil))
        }
        return statements
    }

    /// The reader of a setting with one field (SKU, units, zones, WAF mode, host name).
    func value(_ kind: EnvironmentParameter.Kind) -> PSExpression? {
        keys[kind].map { .member(Self.settings, $0) }
    }

    func isParameter(_ kind: EnvironmentParameter.Kind) -> Bool { keys[kind] != nil }

    /// Each environment's value of a setting; empty when it is the same everywhere.
    func values(_ kind: EnvironmentParameter.Kind) -> [EnvironmentParameter.EnvironmentValue] {
        parameters[kind]?.values ?? []
    }

    /// A host name as the script writes it: the selected environment's when it differs
    /// between environments, else the literal.
    func host(_ name: String) -> PSExpression {
        hosts[name.lowercased()] ?? .string(name)
    }

    /// The name of a private DNS record: the selected environment's when the record is for a
    /// host name that differs between environments.
    func recordName(_ record: DNSRecord, in zone: PrivateDNSZone) -> PSExpression {
        value(.dnsRecordName(zone: zone.name, record: record.name)) ?? .string(record.name)
    }

    /// A setting's reader when it differs between environments, else `literal`.
    func value(_ kind: EnvironmentParameter.Kind, or literal: String) -> PSExpression {
        value(kind) ?? .string(literal)
    }

    /// The shapes of a setting's values, in first-environment order; empty when the setting
    /// is the same everywhere.
    func variants(_ kind: EnvironmentParameter.Kind) -> [Variant] {
        guard let parameter = parameters[kind], let key = keys[kind] else { return [] }
        var variants: [Variant] = []
        for value in parameter.values {
            if let index = variants.firstIndex(where: { Self.shape($0.value) == Self.shape(value.value) }) {
                variants[index].environments.append(value.environment)
            } else {
                variants.append(Variant(value: value.value, environments: [value.environment], key: key))
            }
        }
        return variants
    }

    /// The statements `build` makes for the setting: once with the literal (nil) when it is the
    /// same everywhere, once when all environments share a shape, else one branch per shape.
    func statements(_ kind: EnvironmentParameter.Kind, _ build: (Variant?) -> [PSStatement]) -> [PSStatement] {
        let variants = self.variants(kind)
        guard variants.count > 1 else { return build(variants.first) }
        let branches = variants.dropLast().map { variant in
            PSConditional(Self.selected(variant.environments), build(variant))
        }
        return [.if(Array(branches), else: build(variants[variants.count - 1]))]
    }

    /// `$Environment -eq 'dev'`, or `$Environment -in @('dev', 'test')`: whether one of
    /// `environments` is the selected one.
    static func selected(_ environments: [String]) -> PSExpression {
        let environment: PSExpression = .variable(ScriptInputs.environment)
        return environments.count == 1
            ? .binary(environment, "-eq", .string(environments[0]))
            : .binary(environment, "-in", .array(environments.map { .string($0) }))
    }

    /// Checks, right after the selection, that the selected environment's secrets were given.
    func secretChecks(_ inputs: ScriptInputs) -> [PSStatement] {
        inputs.environmentSecrets.map { secret in
            .if([PSConditional(
                .binary(Self.selected(secret.environments), "-and",
                        ScriptIdioms.isNull(.variable(secret.parameter))),
                [.throw(.expandable([.text("Deploying "), .variable(ScriptInputs.environment), .text(" needs -\(secret.parameter).")]))])], else: nil)
        }
    }

    // MARK: keys and fields

    /// The table key (the prefix of the keys, for settings with several fields).
    static func key(_ kind: EnvironmentParameter.Kind) -> String {
        switch kind {
        case .apiManagementSKU: "ApiManagementSku"
        case .apiManagementUnits: "ApiManagementUnits"
        case .apiManagementZones: "ApiManagementZones"
        case .gatewayCapacity: "Gateway"
        case .gatewayZones: "GatewayZones"
        case .firewallMode: "FirewallMode"
        case .hostName(let kind): PSNaming.pascalCase(kind.rawValue) + "HostName"
        case .certificate(let kind): PSNaming.pascalCase(kind.rawValue) + "Certificate"
        case .namedValue(let name): "NamedValue" + PSNaming.pascalCase(name)
        case .resourceGroup: "ResourceGroupName"
        case .subscription: "SubscriptionId"
        case .apiManagementName: "ApiManagementName"
        case .publicIPDomainLabel(let ip): PSNaming.pascalCase(ip) + "DomainNameLabel"
        case .defaultHostName(let kind): PSNaming.pascalCase(kind.rawValue) + "DefaultHostName"
        case .apiManagementPrivateEndpointName: "ApiManagementPrivateEndpointName"
        case .dnsRecordName(let zone, let record): "DnsRecord" + PSNaming.pascalCase(record == "@" ? zone : record + "." + zone)
        }
    }

    /// The settings that are also script parameters: the selected environment's value is the
    /// parameter's unless the caller gives it.
    static let scriptParameters: [EnvironmentParameter.Kind] = [.subscription, .resourceGroup, .apiManagementName]

    /// The fields one value takes in a row: `(suffix of the key, value)`.
    static func fields(_ value: EnvironmentParameter.Value, inputs: ScriptInputs) -> [(name: String, value: PSExpression)] {
        switch value {
        case .text(let text): return [("", .string(text))]
        case .number(let number): return [("", .int(number))]
        case .numbers(let numbers): return [("", .array(numbers.map { .string(String($0)) }))]
        case .capacity(.fixed(let count)): return [("Capacity", .int(count))]
        case .capacity(.autoscale(let minimum, let maximum)): return [("MinCapacity", .int(minimum)), ("MaxCapacity", .int(maximum))]
        case .certificate(.keyVault(let certificate)):
            return [("SecretId", .string(certificate.secretIdentifier))] + (certificate.identity.userAssignedName.map { [("Identity", .string($0))] } ?? [])
        case .certificate(.pfx(let path, let password)):
            return [("Path", inputs.path(path))] + secretFields(password, inputs: inputs, prefix: "Password")
        case .namedValue(.plain(let text)): return [("", .string(text))]
        case .namedValue(.secret(let reference)): return secretFields(reference, inputs: inputs, prefix: "")
        case .namedValue(.keyVault(let vault, let secret, let identity)):
            return [("SecretId", .string(KeyVault.secretIdentifier(vault: vault, secret: secret)))] + (identity.userAssignedName.map { [("Identity", .string($0))] } ?? [])
        case .namedValue(.derived(.publicIPAddress(let ip))): return [("PublicIP", .string(ip))]
        }
    }

    /// A secret parameter is read where it is bound; a Key Vault secret is read when used, by
    /// vault and secret name, so the table never holds a secret of another environment.
    private static func secretFields(_ reference: SecretReference, inputs: ScriptInputs, prefix: String) -> [(name: String, value: PSExpression)] {
        switch reference {
        case .parameter: [(prefix, inputs.password(reference))]
        case .keyVaultSecret(let vault, let secret): [(prefix + "Vault", .string(vault)), (prefix + "Secret", .string(secret))]
        }
    }

    /// What decides the fields of a value and the arguments that use them.
    enum Shape: Hashable {
        case single, fixedCapacity, autoscale, keyVault, pfx, pfxWithKeyVaultPassword, plain, secret, keyVaultSecret, derived
    }

    static func shape(_ value: EnvironmentParameter.Value) -> Shape {
        switch value {
        case .text, .number, .numbers: .single
        case .capacity(.fixed): .fixedCapacity
        case .capacity(.autoscale): .autoscale
        case .certificate(.keyVault), .namedValue(.keyVault): .keyVault
        case .certificate(.pfx(_, .parameter)): .pfx
        case .certificate(.pfx(_, .keyVaultSecret)): .pfxWithKeyVaultPassword
        case .namedValue(.plain): .plain
        case .namedValue(.secret(.parameter)): .secret
        case .namedValue(.secret(.keyVaultSecret)): .keyVaultSecret
        case .namedValue(.derived): .derived
        }
    }

    // MARK: rows

    private mutating func add(_ entries: [PSHashEntry], to environment: String) {
        guard let index = rows.firstIndex(where: { $0.environment == environment }) else { return }
        rows[index].entries += entries
    }
}
