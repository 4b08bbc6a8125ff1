import DSL
import Emitters
import GenDriver
import Testing

/// Every format turns off the same cipher suites and sets the same minimum control-plane API
/// version on API Management.
@Suite struct APIManagementHardeningTests {
    @Test(arguments: TestSupport.sampleNames)
    func everyFormatTurnsOffTheSameCiphersAndSetsTheMinimumAPIVersion(_ sample: String) throws {
        let resolved = Generation.check(try TestSupport.load(sample)).resolved
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(resolved, formats: [.terraform, .arm, .bicep, .powershell]) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        let terraform = try #require(files["terraform/apim.tf"])
        let arm = try #require(files["arm/azuredeploy.json"])
        let bicep = try #require(files["bicep/main.bicep"])
        let script = try #require(files["powershell/deploy.ps1"])
        #expect(APIManagement.disabledCiphers.count == 11)
        for cipher in APIManagement.disabledCiphers {
            #expect(arm.contains("\"\(cipher.customProperty)\": \"False\""), "ARM: \(cipher)")
            #expect(bicep.contains("'\(cipher.customProperty)': 'False'"), "Bicep: \(cipher)")
            #expect(script.contains("\(cipher.rawValue) = 'False'"), "PowerShell: \(cipher)")
        }
        let offInTerraform = terraform.split(separator: "\n").filter { $0.contains("_ciphers_enabled ") && $0.hasSuffix("= false") }
        #expect(offInTerraform.count == APIManagement.disabledCiphers.count)
        let version = APIManagement.minimumControlPlaneAPIVersion
        #expect(terraform.contains("min_api_version      = \"\(version)\""))
        #expect(arm.contains("\"minApiVersion\": \"\(version)\""))
        #expect(bicep.contains("minApiVersion: '\(version)'"))
        #expect(script.contains("-MinimalControlPlaneApiVersion '\(version)'"))
    }
}
