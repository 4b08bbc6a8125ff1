import DSL
import Emitters
import GenDriver
import Testing

/// ARM and Bicep must stay interchangeable: for every sample, the (type, apiVersion) pairs
/// azuredeploy.json declares are exactly those main.bicep declares (existing resources aside),
/// and no parameter file (the declared deployment's or an environment's) carries a secret value.
@Suite struct ARMBicepParityTests {
    struct Declared: Hashable, Comparable, CustomStringConvertible {
        var type: String
        var apiVersion: String
        var description: String { "\(type)@\(apiVersion)" }
        static func < (lhs: Declared, rhs: Declared) -> Bool { lhs.description < rhs.description }
    }

    static func files(_ sample: String) throws -> (arm: [String: String], bicep: [String: String]) {
        let resolved = Generation.check(try TestSupport.load(sample)).resolved
        let rendered = Generation.render(resolved, formats: [.arm, .bicep])
        func contents(_ format: OutputFormat) -> [String: String] {
            Dictionary(uniqueKeysWithValues: (rendered.first { $0.0 == format }?.1 ?? []).map { ($0.path, $0.contents) })
        }
        return (contents(.arm), contents(.bicep))
    }

    /// Resources in the ARM template, counted with their multiplicity.
    static func armResources(_ text: String) throws -> [Declared] {
        let template = try JSONValue.parse(text)
        guard case .array(let resources)? = template["resources"] else { return [] }
        return resources.compactMap { resource in
            guard case .string(let type)? = resource["type"], case .string(let version)? = resource["apiVersion"] else { return nil }
            return Declared(type: type, apiVersion: version)
        }
    }

    /// `resource symbol 'Type@version' = {` lines; `existing` references are not declarations.
    static func bicepResources(_ text: String) -> [Declared] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("resource "), !line.contains("' existing = ") else { return nil }
            let quoted = line.split(separator: "'")
            guard quoted.count >= 2 else { return nil }
            let parts = quoted[1].split(separator: "@")
            guard parts.count == 2 else { return nil }
            return Declared(type: String(parts[0]), apiVersion: String(parts[1]))
        }
    }

    @Test(arguments: TestSupport.sampleNames)
    func sameResourcesAndAPIVersions(_ sample: String) throws {
        let (arm, bicep) = try Self.files(sample)
        let fromARM = try Self.armResources(try #require(arm["azuredeploy.json"])).sorted()
        let fromBicep = Self.bicepResources(try #require(bicep["main.bicep"])).sorted()
        #expect(!fromARM.isEmpty)
        #expect(fromARM == fromBicep)
    }

    /// The declared deployment's parameter files and every environment's.
    @Test(arguments: TestSupport.sampleNames)
    func parameterFilesHoldNoSecretValues(_ sample: String) throws {
        let (arm, bicep) = try Self.files(sample)
        let template = try JSONValue.parse(try #require(arm["azuredeploy.json"]))
        let armFiles = arm.filter { $0.key.hasPrefix("azuredeploy.parameters.") }
        let bicepFiles = bicep.filter { $0.key.hasSuffix(".bicepparam") }
        #expect(armFiles["azuredeploy.parameters.json"] != nil && bicepFiles["main.bicepparam"] != nil)
        #expect(armFiles.count == bicepFiles.count)
        guard case .object(let declared)? = template["parameters"] else { return }
        for member in declared.members where member.value["type"] == "secureString" {
            #expect(member.value["defaultValue"] == nil, "\(member.key) has a default")
            for (name, text) in armFiles {
                guard let supplied = try JSONValue.parse(text)["parameters"]?[member.key] else { continue }
                #expect(supplied["value"] == nil, "\(member.key) has a value in \(name)")
                #expect(supplied["reference"]?["keyVault"] != nil, "\(member.key) is no Key Vault reference in \(name)")
            }
            for (name, text) in bicepFiles {
                #expect(text.contains("param \(member.key) = readEnvironmentVariable('"), "\(member.key) is not read from the environment in \(name)")
            }
        }
    }
}
