import DSL
import Emitters
import GenDriver
import Testing

/// DDoS IP Protection on a public IP reaches every format (azurerm `ddos_protection_mode`,
/// ARM/Bicep `ddosSettings.protectionMode`, `New-AzPublicIpAddress -DdosProtectionMode`); the
/// default leaves Azure's own default (inherited from the virtual network's plan) unsaid.
@Suite struct DDoSProtectionTests {
    static func files(_ sample: String) throws -> [String: String] {
        let resolved = Generation.check(try TestSupport.load(sample)).resolved
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(resolved, formats: [.terraform, .arm, .bicep, .powershell, .diagram]) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        return files
    }

    @Test func ipProtectionIsDeployedByEveryFormat() throws {
        let files = try Self.files("zero-trust-keyvault")
        let network = try #require(files["terraform/network.tf"])
        let publicIP = try #require(network.components(separatedBy: "resource \"azurerm_public_ip\"").dropFirst().first?.components(separatedBy: "\n}\n").first)
        #expect(publicIP.contains("ddos_protection_mode = \"Enabled\""))
        let template = try JSONValue.parse(try #require(files["arm/azuredeploy.json"]))
        let resources = template["resources"].map { value -> [JSONValue] in if case .array(let items) = value { items } else { [] } } ?? []
        let ip = try #require(resources.first { $0["type"] == .string("Microsoft.Network/publicIPAddresses") })
        #expect(ip["properties"]?["ddosSettings"]?["protectionMode"] == .string("Enabled"))
        #expect(files["bicep/main.bicep"]?.contains("ddosSettings: {\n      protectionMode: 'Enabled'\n    }") == true)
        #expect(files["powershell/deploy.ps1"]?.contains("-DdosProtectionMode 'Enabled'") == true)
        #expect(files["diagram/architecture.mmd"]?.contains("<br>DDoS IP Protection") == true)
    }

    @Test func theDefaultSaysNothing() throws {
        let files = try Self.files("public-apim-behind-gateway")
        for (path, text) in files { #expect(!text.lowercased().contains("ddos"), "\(path)") }
    }
}
