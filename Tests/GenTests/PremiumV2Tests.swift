import DSL
import Emitters
import GenDriver
import Testing

/// Premium v2 injected into a network (Internal mode): its subnet is delegated to
/// Microsoft.Web/hostingEnvironments in every format, and ARM/Bicep create the service with an
/// API version whose tier enum knows PremiumV2.
@Suite struct PremiumV2Tests {
    static func files() throws -> [String: String] {
        var deployment = try TestSupport.load("learn-internal-vnet")
        deployment.apiManagement!.sku = .premiumV2
        let checked = Generation.check(deployment)
        #expect(!checked.diagnostics.contains { $0.severity == .error }, "\(checked.diagnostics.map(\.message))")
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(checked.resolved, formats: [.terraform, .arm, .bicep, .powershell]) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        return files
    }

    @Test func theInjectionSubnetIsDelegatedInEveryFormatAndARMKnowsTheTier() throws {
        let files = try Self.files()
        #expect(files["terraform/network.tf"]?.contains("service_delegation {\n      name = \"Microsoft.Web/hostingEnvironments\"\n    }") == true)
        #expect(files["arm/azuredeploy.json"]?.contains("\"serviceName\": \"Microsoft.Web/hostingEnvironments\"") == true)
        #expect(files["arm/azuredeploy.json"]?.contains("\"apiVersion\": \"2024-10-01-preview\"") == true)
        #expect(files["bicep/main.bicep"]?.contains("'Microsoft.ApiManagement/service@2024-10-01-preview'") == true)
        #expect(files["powershell/deploy.ps1"]?.contains("-ServiceName 'Microsoft.Web/hostingEnvironments'") == true)
    }

    @Test func otherTiersKeepTheGAVersionAndOfferNoPremiumV2() throws {
        let resolved = Generation.check(try TestSupport.load("learn-internal-vnet")).resolved
        let arm = Generation.render(resolved, formats: [.arm]).first!.1.first { $0.path == "azuredeploy.json" }!.contents
        #expect(arm.contains("'Microsoft.ApiManagement/service', 'ContosoApi')") || arm.contains("\"Microsoft.ApiManagement/service\""))
        #expect(!arm.contains("2024-10-01-preview"))
        #expect(!arm.contains("\"PremiumV2\""))
        #expect(resolved.delegation(ofSubnet: "apimSubnet") == nil)
    }
}
