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

    static func files(_ deployment: Deployment) -> [String: String] {
        let resolved = Generation.check(deployment).resolved
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(resolved, formats: [.terraform, .arm, .bicep, .powershell]) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        return files
    }

    /// Issue 18: nobody creates a developer portal account (and so a subscription key) on their
    /// own unless the manifest asks for it, in every format.
    @Test(arguments: [false, true])
    func developerPortalSignUpIsOffUnlessAskedFor(_ asked: Bool) throws {
        var deployment = try TestSupport.load("learn-internal-vnet")
        if asked { deployment.apiManagement!.developerPortalSignUp = true }
        let files = Self.files(deployment)
        #expect(files["terraform/apim.tf"]?.contains("""
              sign_up {
                # \(asked ? "Anyone may create a developer portal account (the manifest asks for it)." : "Developer portal accounts are invited: nobody signs up on their own.")
                enabled = \(asked)

                terms_of_service {
                  enabled          = false
                  consent_required = false
                }
              }
            """) == true)
        let arm = try #require(files["arm/azuredeploy.json"])
        let start = try #require(arm.range(of: "\"type\": \"Microsoft.ApiManagement/service/portalsettings\""))
        let resource = arm[start.lowerBound...].prefix(500)
        #expect(resource.contains("\"name\": \"ContosoApi/signup\""))
        #expect(resource.contains("\"enabled\": \(asked)"))
        #expect(files["bicep/main.bicep"]?.contains("resource apiManagementSignUp 'Microsoft.ApiManagement/service/portalsettings@") == true)
        let script = try #require(files["powershell/deploy.ps1"])
        #expect(script.contains("portalsettings/signup?api-version="))
        #expect(script.contains("enabled = $\(asked)"))
    }
}
