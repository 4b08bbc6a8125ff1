import DSL
import Emitters
import Foundation
import GenDriver
import Testing

/// Every format creates API Management and the gateway after what resolve says they wait for
/// (Key Vault's private endpoint, the private DNS zones' links, the A records the gateway
/// resolves through), and no ARM template has a dependency that is undeclared or circular.
@Suite struct ResourceOrderingTests {
    static func rendered(_ sample: String) throws -> (resolved: ResolvedDeployment, files: [String: String]) {
        let resolved = Generation.check(try TestSupport.load(sample)).resolved
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(resolved, formats: [.terraform, .arm, .powershell]) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        return (resolved, files)
    }

    // MARK: ARM dependency graph

    /// A resource's key: its type and its name segments as ARM expressions (`'a', 'b'`).
    /// `[format('{0}/{1}', a, b)]` counts as `a, b`.
    static func key(type: String, name: String) -> String {
        guard name.hasPrefix("[") else {
            return type + "|" + name.split(separator: "/").map { "'\($0)'" }.joined(separator: ", ")
        }
        let expression = String(name.dropFirst().dropLast())
        if expression.hasPrefix("format('{0}"), expression.hasSuffix(")") {
            let arguments = splitArguments(String(expression.dropFirst("format(".count).dropLast()))
            return type + "|" + arguments.dropFirst().joined(separator: ", ")
        }
        return type + "|" + expression
    }

    /// `parameters('p')` replaced by the parameter's string default, so that a key reads as the
    /// declared deployment's names.
    static func substitutingDefaults(_ key: String, _ defaults: [String: String]) -> String {
        defaults.reduce(key) { $0.replacingOccurrences(of: "parameters('\($1.key)')", with: "'\($1.value)'") }
    }

    /// The key a `dependsOn` entry names: `[resourceId('T', n…)]` or
    /// `[extensionResourceId(scope, 'T', n…)]`.
    static func key(dependency: String) -> String? {
        let text = dependency.dropFirst().dropLast()
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return nil }
        let function = text[..<open]
        var arguments = splitArguments(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        if function == "extensionResourceId" { arguments.removeFirst() } else if function != "resourceId" { return nil }
        guard let type = arguments.first, type.hasPrefix("'") else { return nil }
        return type.dropFirst().dropLast() + "|" + arguments.dropFirst().joined(separator: ", ")
    }

    /// Top-level comma-separated arguments, quotes and parentheses respected.
    static func splitArguments(_ text: String) -> [String] {
        var result: [String] = [], current = "", depth = 0, quoted = false
        for character in text {
            if character == "'" { quoted.toggle() }
            if !quoted, character == "(" { depth += 1 }
            if !quoted, character == ")" { depth -= 1 }
            if !quoted, depth == 0, character == "," {
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        result.append(current.trimmingCharacters(in: .whitespaces))
        return result
    }

    /// The template's resources by key, each with the keys it depends on.
    static func graph(_ template: String) throws -> [String: [String]] {
        let document = try JSONValue.parse(template)
        guard case .array(let resources)? = document["resources"] else { return [:] }
        var defaults: [String: String] = [:]
        if case .object(let parameters)? = document["parameters"] {
            for member in parameters.members {
                if case .string(let value)? = member.value["defaultValue"] { defaults[member.key] = value }
            }
        }
        var graph: [String: [String]] = [:]
        for resource in resources {
            guard case .string(let type)? = resource["type"], case .string(let name)? = resource["name"] else { continue }
            var dependencies: [String] = []
            if case .array(let entries)? = resource["dependsOn"] {
                for case .string(let entry) in entries {
                    dependencies.append(substitutingDefaults(key(dependency: entry) ?? entry, defaults))
                }
            }
            graph[substitutingDefaults(key(type: type, name: name), defaults)] = dependencies
        }
        return graph
    }

    /// A cycle of the graph as a path, or nil.
    static func cycle(in graph: [String: [String]]) -> [String]? {
        var state: [String: Bool] = [:]  // false: on the path, true: done
        var path: [String] = []
        func visit(_ node: String) -> [String]? {
            if state[node] == true { return nil }
            if state[node] == false { return Array(path[path.firstIndex(of: node)!...]) + [node] }
            state[node] = false
            path.append(node)
            for next in graph[node] ?? [] where graph[next] != nil {
                if let found = visit(next) { return found }
            }
            path.removeLast()
            state[node] = true
            return nil
        }
        for node in graph.keys.sorted() {
            if let found = visit(node) { return found }
        }
        return nil
    }

    @Test func theCycleFinderFindsACycle() {
        #expect(Self.cycle(in: ["a": ["b"], "b": ["c"], "c": ["a"]]) == ["a", "b", "c", "a"])
        #expect(Self.cycle(in: ["a": ["b"], "b": ["c"], "c": []]) == nil)
        #expect(Self.key(dependency: "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('A', 'x'), 'y'))]")
                == "Microsoft.Authorization/roleAssignments|guid(resourceId('A', 'x'), 'y')")
        #expect(Self.key(type: "Microsoft.ApiManagement/service/apis", name: "apim/orders") == "Microsoft.ApiManagement/service/apis|'apim', 'orders'")
    }

    @Test(arguments: TestSupport.sampleNames)
    func armDependenciesAreDeclaredAndAcyclic(_ sample: String) throws {
        let (_, files) = try Self.rendered(sample)
        let graph = try Self.graph(try #require(files["arm/azuredeploy.json"]))
        for (resource, dependencies) in graph {
            for dependency in dependencies {
                #expect(graph[dependency] != nil, "\(resource) depends on \(dependency), which the template does not declare")
            }
        }
        #expect(Self.cycle(in: graph) == nil)
    }

    // MARK: prerequisites in every format

    /// The ARM key, Terraform address and PowerShell marker of a prerequisite.
    static func forms(_ prerequisite: Prerequisite, _ resolved: ResolvedDeployment) -> (arm: String, terraform: String, powershell: String) {
        switch prerequisite {
        case .roleAssignment(let assignment):
            return ("Microsoft.Authorization/roleAssignments|", "azurerm_role_assignment.", "ShouldProcess('\(assignment.scope.name)', 'Create role assignment')")
        case .privateEndpoint(let name):
            return ("Microsoft.Network/privateEndpoints/privateDnsZoneGroups|'\(name)', 'default'", "azurerm_private_endpoint.",
             "$privateEndpoints['\(name)'] = New-AzPrivateEndpoint")
        case .dnsZoneLink(let zone):
            let link = resolved.privateDNSZones.first { $0.name == zone }?.linkName ?? ""
            return ("Microsoft.Network/privateDnsZones/virtualNetworkLinks|'\(zone)', '\(link)'", "azurerm_private_dns_zone_virtual_network_link.",
             "ShouldProcess('\(link)', 'Create private DNS zone link')")
        case .dnsRecord(let zone, let name):
            return ("Microsoft.Network/privateDnsZones/A|'\(zone)', '\(name)'", "azurerm_private_dns_a_record.",
             "ShouldProcess('\(name == "@" ? zone : "\(name).\(zone)")', 'Create or update private DNS A record')")
        }
    }

    /// The `depends_on` list of a Terraform resource block.
    static func terraformDependencies(_ text: String, resource: String) -> [String] {
        guard let start = text.range(of: "resource \"\(resource)\" \"main\" {") else { return [] }
        let block = text[start.upperBound...]
        guard let end = block.range(of: "\n}\n"), let dependsOn = block[..<end.lowerBound].range(of: "depends_on = [") else { return [] }
        let list = block[dependsOn.upperBound...].prefix { $0 != "]" }
        return list.split(whereSeparator: { ", \n".contains($0) }).map(String.init)
    }

    @Test(arguments: TestSupport.sampleNames)
    func everyFormatCreatesTheServicesAfterTheirPrerequisites(_ sample: String) throws {
        let (resolved, files) = try Self.rendered(sample)
        let graph = try Self.graph(try #require(files["arm/azuredeploy.json"]))
        let script = try #require(files["powershell/deploy.ps1"])
        let terraform = files.filter { $0.key.hasPrefix("terraform/") && $0.key.hasSuffix(".tf") }.values.joined(separator: "\n")
        let services: [(OrderedResource, arm: String, terraform: String, powershell: String)] = [
            (.apiManagement, "Microsoft.ApiManagement/service|", "azurerm_api_management", "$apiManagement = New-AzApiManagement"),
            (.applicationGateway, "Microsoft.Network/applicationGateways|", "azurerm_application_gateway", "$applicationGateway = New-AzApplicationGateway"),
        ]
        for (service, armPrefix, terraformType, creation) in services {
            let prerequisites = resolved.prerequisites(of: service)
            guard !prerequisites.isEmpty else { continue }
            let armDependencies = try #require(graph.first { $0.key.hasPrefix(armPrefix) }?.value, "\(service) in ARM")
            let terraformDependencies = Self.terraformDependencies(terraform, resource: terraformType)
            let created = try #require(script.range(of: creation), "\(service) in PowerShell").lowerBound
            for prerequisite in prerequisites {
                let forms = Self.forms(prerequisite, resolved)
                #expect(armDependencies.contains { $0.hasPrefix(forms.arm) }, "ARM: \(service) does not wait for \(prerequisite)")
                #expect(terraformDependencies.contains { $0.hasPrefix(forms.terraform) }, "Terraform: \(service) does not wait for \(prerequisite)")
                let made = script.range(of: forms.powershell)?.lowerBound
                #expect(made.map { $0 < created } == true, "PowerShell: \(service) is created before \(prerequisite)")
            }
        }
    }

    @Test func theServicesWaitForTheVaultsPrivateAccessAndTheGatewayForItsRecords() throws {
        let zeroTrust = Generation.check(try TestSupport.load("private-endpoint-zero-trust")).resolved
        // API Management is outside the network, so it reads no private vault (its certificate is
        // a PFX input) and waits for nothing: waiting for its own endpoint would be a cycle.
        #expect(zeroTrust.vaultsRead(by: .apiManagement).isEmpty)
        #expect(!zeroTrust.prerequisites(of: .apiManagement).contains(.privateEndpoint("pe-apim-wingtip-zt")))
        #expect(zeroTrust.prerequisites(of: .applicationGateway).contains(.privateEndpoint("pe-apim-wingtip-zt")))
        #expect(zeroTrust.prerequisites(of: .applicationGateway).contains(.dnsZoneLink("privatelink.azure-api.net")))

        let learn = Generation.check(try TestSupport.load("learn-internal-vnet")).resolved
        #expect(learn.prerequisites(of: .applicationGateway) == [
            .dnsRecord(zone: "contoso.net", name: "api"), .dnsZoneLink("contoso.net"),
            .dnsRecord(zone: "contoso.net", name: "portal"), .dnsRecord(zone: "contoso.net", name: "management"),
        ])
        #expect(learn.prerequisites(of: .apiManagement).isEmpty)
    }
}
