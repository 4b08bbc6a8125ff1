import DSL
import Emitters
import Foundation
import GenDriver
import Testing

/// One test per environment: Terraform (module + the environment's tfvars), ARM (template +
/// the environment's parameter file), Bicep (the environment's bicepparam) and PowerShell
/// (deploy.ps1 with `-Environment`) deploy what that environment's own resolved deployment
/// says: the resource group, the names, host names, DNS records and SKUs. Each format is
/// read from its rendered text, and its variables and parameters are substituted as the tool
/// would, so a value that lands in the wrong place (or stays declared) shows as a difference.
@Suite struct EnvironmentParityTests {
    /// What an environment deploys, in the terms all formats share.
    struct Deployed: Equatable, CustomStringConvertible {
        var resourceGroup: String?
        var apiManagement: String?
        /// `<SKU>_<units>`, as azurerm spells it.
        var sku: String?
        var hostNames: [String] = []
        var listenerHostNames: [String] = []
        var backendFQDNs: [String] = []
        var privateEndpoints: [String] = []
        /// `<zone>/<record>`.
        var dnsRecords: [String] = []
        var domainLabels: [String] = []

        var description: String {
            "rg=\(resourceGroup ?? "-") apim=\(apiManagement ?? "-") sku=\(sku ?? "-") hosts=\(hostNames) listeners=\(listenerHostNames) "
                + "backends=\(backendFQDNs) endpoints=\(privateEndpoints) records=\(dnsRecords) labels=\(domainLabels)"
        }

        /// Lists compare as sets: formats order them differently.
        mutating func normalize() {
            for path in [\Deployed.hostNames, \.listenerHostNames, \.backendFQDNs, \.privateEndpoints, \.dnsRecords, \.domainLabels] {
                self[keyPath: path] = Array(Set(self[keyPath: path])).sorted()
            }
        }

        /// What an environment's own resolved deployment deploys.
        init(_ resolved: ResolvedDeployment) {
            resourceGroup = resolved.resourceGroup
            if let apim = resolved.apiManagement {
                apiManagement = apim.name
                sku = "\(apim.sku.rawValue)_\(apim.units)"
                hostNames = apim.hostnames.map(\.hostName)
            }
            listenerHostNames = resolved.applicationGateway?.listeners.flatMap(\.hostNames) ?? []
            backendFQDNs = resolved.applicationGateway?.backendPools.flatMap(\.fqdns) ?? []
            privateEndpoints = resolved.privateEndpoints.map(\.name)
            dnsRecords = resolved.privateDNSZones.flatMap { zone in zone.records.map { "\(zone.name)/\($0.name)" } }
            domainLabels = resolved.publicIPs.compactMap(\.domainNameLabel)
            normalize()
        }

        init() {}
    }

    static func files(_ deployment: Deployment) -> (resolved: ResolvedDeployment, files: [String: String]) {
        let resolved = Generation.check(deployment).resolved
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(resolved, formats: [.terraform, .arm, .bicep, .powershell]) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        return (resolved, files)
    }

    static func expectEveryFormatDeploysEachEnvironment(_ deployment: Deployment) throws {
        let (resolved, files) = files(deployment)
        try #require(resolved.environments.count > 1)
        for environment in resolved.environments {
            let expected = Deployed(environment.deployment)
            let terraform = TerraformReading(files, environment: environment.name).deployed
            let arm = try ARMReading(files, environment: environment.name).deployed
            let powershell = PowerShellReading(files, environment: environment.name).deployed
            #expect(terraform == expected, "terraform, \(environment.name):\n  \(terraform)\nexpected\n  \(expected)")
            // ARM and Bicep deploy into the resource group their command names (the stage's).
            var withGroup = arm
            withGroup.resourceGroup = expected.resourceGroup
            #expect(withGroup == expected, "arm, \(environment.name):\n  \(arm)\nexpected\n  \(expected)")
            #expect(powershell == expected, "powershell, \(environment.name):\n  \(powershell)\nexpected\n  \(expected)")
            let bicep = BicepParameters(files["bicep/main.\(environment.name).bicepparam"] ?? "").values
            let armValues = try ARMReading(files, environment: environment.name).fileValues
            #expect(!bicep.isEmpty, "\(environment.name)")
            #expect(bicep == armValues, "bicep and ARM parameter files of \(environment.name) differ")
        }
    }

    @Test(arguments: ["private-endpoint-zero-trust", "public-apim-behind-gateway"])
    func everyFormatDeploysTheSameEnvironment(_ sample: String) throws {
        try Self.expectEveryFormatDeploysEachEnvironment(try TestSupport.load(sample))
    }

    /// An internal network whose dev gateway host name has its own private A record.
    @Test func anInternalNetworksRecordsFollowTheEnvironmentInEveryFormat() throws {
        try Self.expectEveryFormatDeploysEachEnvironment(try EnvironmentDeployments.internalNetwork())
    }

    /// The readers see a difference: a tfvars file that keeps the declared name is caught.
    @Test func aValueLeftDeclaredIsADifference() throws {
        var (_, files) = Self.files(try TestSupport.load("public-apim-behind-gateway"))
        let dev = try #require(files["terraform/environments/dev.tfvars"])
        files["terraform/environments/dev.tfvars"] = dev.replacingOccurrences(of: "apim-tailspin-edge-dev\"", with: "apim-tailspin-edge\"")
        #expect(TerraformReading(files, environment: "dev").deployed.apiManagement == "apim-tailspin-edge")
        #expect(PowerShellReading(files, environment: "dev").deployed.apiManagement == "apim-tailspin-edge-dev")
    }
}

// MARK: Terraform

/// The module's blocks, with `var.*` taken from the environment's tfvars (then the defaults)
/// and references to other resources' names followed.
struct TerraformReading {
    var root = HCLBlock(header: "")
    var variables: [String: String] = [:]

    init(_ files: [String: String], environment: String) {
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("terraform/") && path.hasSuffix(".tf") && !path.dropFirst(10).contains("/") {
            root.blocks += HCLBlock.parse(text).blocks
        }
        for block in root.blocks where block.kind == "variable" {
            if let value = block.attribute("default") { variables[block.labels[0]] = value }
        }
        for (name, value) in tfvars(files["terraform/environments/\(environment).tfvars"]) { variables[name] = value }
    }

    func resources(_ type: String) -> [HCLBlock] { root.blocks.filter { $0.kind == "resource" && $0.labels.first == type } }

    var deployed: EnvironmentParityTests.Deployed {
        var result = EnvironmentParityTests.Deployed()
        result.resourceGroup = resources("azurerm_resource_group").first.flatMap { evaluate($0.attribute("name")).first }
        if let apim = resources("azurerm_api_management").first {
            result.apiManagement = evaluate(apim.attribute("name")).first
            result.sku = evaluate(apim.attribute("sku_name")).first
            result.hostNames = apim.descendants("hostname_configuration").flatMap { $0.allAttributes("host_name") }.flatMap { evaluate($0) }
        }
        if let gateway = resources("azurerm_application_gateway").first {
            result.listenerHostNames = gateway.descendants("http_listener").flatMap { $0.allAttributes("host_name") + $0.allAttributes("host_names") }.flatMap { evaluate($0) }
            result.backendFQDNs = gateway.descendants("backend_address_pool").flatMap { $0.allAttributes("fqdns") }.flatMap { evaluate($0) }
        }
        result.privateEndpoints = resources("azurerm_private_endpoint").flatMap { evaluate($0.attribute("name")) }
        result.dnsRecords = resources("azurerm_private_dns_a_record").map { record in
            (evaluate(record.attribute("zone_name")).first ?? "?") + "/" + (evaluate(record.attribute("name")).first ?? "?")
        }
        result.domainLabels = resources("azurerm_public_ip").flatMap { evaluate($0.attribute("domain_name_label")) }
        result.normalize()
        return result
    }

    /// The strings an expression stands for (one for a scalar, each item of a list); an
    /// expression the reader does not follow stays as written, in angle brackets.
    func evaluate(_ expression: String?) -> [String] {
        guard let expression = expression?.trimmingCharacters(in: .whitespaces), !expression.isEmpty else { return [] }
        if expression == "null" { return [] }
        if expression.hasPrefix("\""), expression.hasSuffix("\""), expression.count >= 2 {
            var result = "", rest = Substring(expression.dropFirst().dropLast())
            while let open = rest.range(of: "${") {
                result += rest[..<open.lowerBound]
                guard let close = rest[open.upperBound...].firstIndex(of: "}") else { return ["<\(expression)>"] }
                result += evaluate(String(rest[open.upperBound..<close])).first ?? "<>"
                rest = rest[rest.index(after: close)...]
            }
            return [result + rest]
        }
        if expression.hasPrefix("["), expression.hasSuffix("]") {
            return ResourceOrderingTests.splitArguments(String(expression.dropFirst().dropLast())).flatMap { evaluate($0) }
        }
        if expression.hasPrefix("var.") {
            let name = String(expression.dropFirst(4))
            return variables[name].map { evaluate($0) } ?? ["<unset \(name)>"]
        }
        let parts = expression.split(separator: ".").map(String.init)
        if parts.count == 3, parts[0].hasPrefix("azurerm_"), let block = resources(parts[0]).first(where: { $0.labels.count > 1 && $0.labels[1] == parts[1] }) {
            return evaluate(block.attribute(parts[2]))
        }
        if Int(expression) != nil { return [expression] }
        return ["<\(expression)>"]
    }
}

/// A block of HCL as gen writes it: one attribute or block header per line, values that span
/// lines kept whole.
final class HCLBlock {
    let header: String
    var attributes: [(String, String)] = []
    var blocks: [HCLBlock] = []

    init(header: String) { self.header = header }

    /// `resource` of `resource "azurerm_x" "main" {`.
    var kind: String { String(header.split(separator: " ").first ?? "") }
    var labels: [String] { header.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) } }

    func attribute(_ name: String) -> String? { attributes.first { $0.0 == name }?.1 }

    /// The attribute in this block and every block inside it.
    func allAttributes(_ name: String) -> [String] {
        attributes.filter { $0.0 == name }.map(\.1) + blocks.flatMap { $0.allAttributes(name) }
    }

    /// Blocks of `kind` inside this one, at any depth (a `dynamic "kind"` block's `content` counts).
    func descendants(_ kind: String) -> [HCLBlock] {
        blocks.flatMap { block in
            (block.kind == kind || (block.kind == "dynamic" && block.labels.first == kind) ? [block] : []) + block.descendants(kind)
        }
    }

    static func parse(_ text: String) -> HCLBlock {
        let root = HCLBlock(header: "")
        var stack = [root]
        var pending: (key: String, value: String, depth: Int, heredoc: String?)?
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if var open = pending {
                open.value += "\n" + line
                if let marker = open.heredoc {
                    if line == marker { stack.last!.attributes.append((open.key, open.value)); pending = nil } else { pending = open }
                } else {
                    open.depth += depth(line)
                    if open.depth <= 0 { stack.last!.attributes.append((open.key, open.value)); pending = nil } else { pending = open }
                }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line == "}" {
                if stack.count > 1 { stack.removeLast() }
                continue
            }
            if let equals = line.firstIndex(of: "="), !line[..<equals].contains("\""), !line[..<equals].contains("{") {
                let key = line[..<equals].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                if value.hasPrefix("<<") {
                    pending = (key, value, 0, String(value.drop { $0 == "<" || $0 == "-" }))
                } else if depth(value) > 0 {
                    pending = (key, value, depth(value), nil)
                } else {
                    stack.last!.attributes.append((key, value))
                }
                continue
            }
            if line.hasSuffix("{") {
                let block = HCLBlock(header: String(line.dropLast()).trimmingCharacters(in: .whitespaces))
                stack.last!.blocks.append(block)
                stack.append(block)
            }
        }
        return root
    }

    /// Brackets opened minus closed, outside strings.
    static func depth(_ text: String) -> Int {
        var depth = 0, quoted = false, previous: Character = " "
        for character in text {
            if character == "\"", previous != "\\" { quoted.toggle() }
            if !quoted {
                if "[{(".contains(character) { depth += 1 }
                if "]})".contains(character) { depth -= 1 }
            }
            previous = character
        }
        return depth
    }
}

// MARK: ARM and Bicep

/// The ARM template's resources with the environment's parameter file (then the defaults)
/// substituted into their expressions.
struct ARMReading {
    var resources: [[String: Any]] = []
    var parameters: [String: Any] = [:]
    /// The values the environment's parameter file sets, as text.
    var fileValues: [String: String] = [:]

    init(_ files: [String: String], environment: String) throws {
        let template = try JSONSerialization.jsonObject(with: Data((files["arm/azuredeploy.json"] ?? "{}").utf8)) as? [String: Any] ?? [:]
        resources = template["resources"] as? [[String: Any]] ?? []
        for (name, declaration) in template["parameters"] as? [String: [String: Any]] ?? [:] {
            if let value = declaration["defaultValue"] { parameters[name] = value }
        }
        let file = try JSONSerialization.jsonObject(with: Data((files["arm/azuredeploy.parameters.\(environment).json"] ?? "{}").utf8)) as? [String: Any] ?? [:]
        for (name, entry) in file["parameters"] as? [String: [String: Any]] ?? [:] {
            guard let value = entry["value"] else { continue }
            parameters[name] = value
            fileValues[name] = Self.text(value)
        }
    }

    static func text(_ value: Any) -> String {
        switch value {
        case let text as String: text
        case let flag as Bool where "\(type(of: value))".contains("Bool"): flag ? "true" : "false"
        case let number as NSNumber: number.stringValue
        case let items as [Any]: "[" + items.map(text).joined(separator: ", ") + "]"
        default: "\(value)"
        }
    }

    func resources(_ type: String) -> [[String: Any]] { resources.filter { $0["type"] as? String == type } }

    var deployed: EnvironmentParityTests.Deployed {
        var result = EnvironmentParityTests.Deployed()
        if let apim = resources("Microsoft.ApiManagement/service").first {
            result.apiManagement = evaluate(apim["name"])
            let sku = apim["sku"] as? [String: Any] ?? [:]
            result.sku = "\(evaluate(sku["name"]) ?? "?")_\(evaluate(sku["capacity"]) ?? "?")"
            let configurations = (apim["properties"] as? [String: Any])?["hostnameConfigurations"] as? [[String: Any]] ?? []
            result.hostNames = configurations.compactMap { evaluate($0["hostName"]) }
        }
        if let gateway = resources("Microsoft.Network/applicationGateways").first, let properties = gateway["properties"] as? [String: Any] {
            for listener in properties["httpListeners"] as? [[String: Any]] ?? [] {
                let listenerProperties = listener["properties"] as? [String: Any] ?? [:]
                result.listenerHostNames += [evaluate(listenerProperties["hostName"])].compactMap { $0 }
                result.listenerHostNames += (listenerProperties["hostNames"] as? [Any] ?? []).compactMap(evaluate)
            }
            for pool in properties["backendAddressPools"] as? [[String: Any]] ?? [] {
                let addresses = (pool["properties"] as? [String: Any])?["backendAddresses"] as? [[String: Any]] ?? []
                result.backendFQDNs += addresses.compactMap { evaluate($0["fqdn"]) }
            }
        }
        result.privateEndpoints = resources("Microsoft.Network/privateEndpoints").compactMap { evaluate($0["name"]) }
        result.dnsRecords = resources("Microsoft.Network/privateDnsZones/A").compactMap { evaluate($0["name"]) }
        result.domainLabels = resources("Microsoft.Network/publicIPAddresses").compactMap {
            evaluate((($0["properties"] as? [String: Any])?["dnsSettings"] as? [String: Any])?["domainNameLabel"])
        }
        result.normalize()
        return result
    }

    /// A JSON value as text, an `[expression]` evaluated: `parameters`, `format`, `concat`,
    /// `if`, `equals` and literals; anything else stays as written, in angle brackets.
    func evaluate(_ value: Any?) -> String? {
        guard let value else { return nil }
        guard let text = value as? String else { return Self.text(value) }
        guard text.hasPrefix("["), !text.hasPrefix("[["), text.hasSuffix("]") else { return text }
        return expression(String(text.dropFirst().dropLast()))
    }

    func expression(_ text: String) -> String {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("'"), text.hasSuffix("'"), text.count >= 2 { return String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'") }
        if Int(text) != nil || text == "true" || text == "false" { return text }
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return "<\(text)>" }
        let function = String(text[..<open])
        let arguments = ResourceOrderingTests.splitArguments(String(text[text.index(after: open)..<text.index(before: text.endIndex)])).map(expression)
        switch function {
        case "parameters": return parameters[arguments[0]].map(Self.text) ?? "<unset \(arguments[0])>"
        case "concat": return arguments.joined()
        case "format":
            var result = arguments[0]
            for (index, argument) in arguments.dropFirst().enumerated() { result = result.replacingOccurrences(of: "{\(index)}", with: argument) }
            return result
        case "equals": return arguments[0] == arguments[1] ? "true" : "false"
        case "if": return arguments[0] == "true" ? arguments[1] : arguments[2]
        default: return "<\(text)>"
        }
    }
}

/// `param name = value` of a bicepparam file; values read from the environment are left out.
struct BicepParameters {
    var values: [String: String] = [:]

    init(_ text: String) {
        // A multi-line array becomes one line: `param zones = [ 1 2 ]`.
        var lines: [String] = []
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if let last = lines.last, HCLBlock.depth(last) > 0 { lines[lines.count - 1] += (last.hasSuffix("[") ? "" : ", ") + line } else { lines.append(line) }
        }
        for line in lines where line.hasPrefix("param ") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            let name = line.dropFirst(6)[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("readEnvironmentVariable(") { continue }
            values[name] = Self.text(value)
        }
    }

    static func text(_ value: String) -> String {
        if value.hasPrefix("'"), value.hasSuffix("'") { return String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\'", with: "'") }
        if value.hasPrefix("["), value.hasSuffix("]") {
            let items = value.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return "[" + items.map(text).joined(separator: ", ") + "]"
        }
        return value
    }
}

// MARK: PowerShell

/// deploy.ps1 run with `-Environment <name>`: the cmdlets' arguments, with the environment
/// table's values and the parameters that default to them substituted.
struct PowerShellReading {
    /// One logical line per command (continuations joined).
    var commands: [String] = []
    var settings: [String: String] = [:]
    var variables: [String: String] = [:]

    init(_ files: [String: String], environment: String) {
        let script = files["powershell/deploy.ps1"] ?? ""
        var current = ""
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("`") {
                current += trimmed.dropLast() + " "
            } else {
                commands.append(current + trimmed)
                current = ""
            }
        }
        // $environments = @{ dev = @{ Key = value … } … }
        var inTable = false, selected = false
        for line in script.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line == "$environments = @{" { inTable = true; continue }
            guard inTable else { continue }
            if line.hasSuffix("= @{") { selected = line.hasPrefix("\(environment) ") || line.hasPrefix("'\(environment)' ") ; continue }
            if line == "}" { if !selected { continue }; selected = false; continue }
            if line.isEmpty { inTable = false; continue }
            if selected, let equals = line.range(of: " = ") { settings[String(line[..<equals.lowerBound])] = String(line[equals.upperBound...]) }
            if line.hasPrefix("$") { inTable = false }
        }
        for command in commands {
            // `$ResourceGroupName = $environmentSettings.ResourceGroupName` (a parameter's default).
            let parts = command.components(separatedBy: " = ")
            if parts.count == 2, parts[0].hasPrefix("$"), !parts[0].contains(" "), parts[1].hasPrefix("$environmentSettings.") {
                variables[String(parts[0].dropFirst())] = parts[1]
            }
        }
    }

    /// The arguments of `-parameter` in every invocation of `cmdlet` (its first occurrence in each).
    func arguments(_ cmdlet: String, _ parameter: String) -> [String?] {
        commands.filter { $0.contains("\(cmdlet) ") || $0.hasSuffix(cmdlet) }.map { command in
            let start = command.range(of: cmdlet)!.upperBound
            let tokens = command[start...].split(separator: " ").map(String.init)
            guard let index = tokens.firstIndex(where: { $0.caseInsensitiveCompare("-\(parameter)") == .orderedSame }), index + 1 < tokens.count else { return nil }
            return evaluate(tokens[index + 1])
        }
    }

    func evaluate(_ token: String) -> String {
        let token = token.hasSuffix(",") ? String(token.dropLast()) : token
        if token.hasPrefix("'"), token.hasSuffix("'"), token.count >= 2 { return String(token.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'") }
        if token.hasPrefix("$environmentSettings.") { return settings[String(token.dropFirst("$environmentSettings.".count))].map(evaluate) ?? "<unset \(token)>" }
        if token.hasPrefix("$"), let value = variables[String(token.dropFirst())] { return evaluate(value) }
        if token.hasPrefix("$") { return "<\(token)>" }
        return token
    }

    var deployed: EnvironmentParityTests.Deployed {
        var result = EnvironmentParityTests.Deployed()
        result.resourceGroup = arguments("New-AzResourceGroup", "Name").first ?? nil
        result.apiManagement = arguments("New-AzApiManagement", "Name").first ?? nil
        // -Capacity defaults to 1 (New-AzApiManagement's help).
        if let sku = arguments("New-AzApiManagement", "Sku").first ?? nil {
            result.sku = "\(sku)_\((arguments("New-AzApiManagement", "Capacity").first ?? nil) ?? "1")"
        }
        result.hostNames = arguments("New-AzApiManagementCustomHostnameConfiguration", "Hostname").compactMap { $0 }
        result.listenerHostNames = arguments("New-AzApplicationGatewayHttpListener", "HostName").compactMap { $0 }
            + arguments("New-AzApplicationGatewayHttpListener", "HostNames").compactMap { $0 }
        result.backendFQDNs = arguments("New-AzApplicationGatewayBackendAddressPool", "BackendFqdns").compactMap { $0 }
        result.privateEndpoints = arguments("New-AzPrivateEndpoint", "Name").compactMap { $0 }
        result.dnsRecords = zip(arguments("New-AzPrivateDnsRecordSet", "ZoneName"), arguments("New-AzPrivateDnsRecordSet", "Name")).map { "\($0 ?? "?")/\($1 ?? "?")" }
        result.domainLabels = arguments("New-AzPublicIpAddress", "DomainNameLabel").compactMap { $0 }
        result.normalize()
        return result
    }
}
