import DSL
import Emitters
import GenDriver
import Testing

/// A gateway with a private frontend only needs Microsoft.Network's network isolation feature:
/// the PowerShell script stops before deploying without it, and the pipeline headers and the
/// runbook name it; a gateway with a public IP needs nothing.
@Suite struct ProviderFeatureTests {
    static func files(_ sample: String) throws -> (ResolvedDeployment, [String: String]) {
        let resolved = Generation.check(try TestSupport.load(sample)).resolved
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(resolved, formats: [.powershell, .pipeline, .github, .docs]) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        return (resolved, files)
    }

    @Test func aPrivateOnlyGatewayNeedsNetworkIsolationEverywhere() throws {
        let (resolved, files) = try Self.files("apim-front-door")
        #expect(resolved.requiredFeatures == [.applicationGatewayNetworkIsolation])
        let feature = "EnableApplicationGatewayNetworkIsolation"
        let script = try #require(files["powershell/deploy.ps1"])
        let check = try #require(script.range(of: "(Get-AzProviderFeature -FeatureName '\(feature)' -ProviderNamespace 'Microsoft.Network').RegistrationState -ne 'Registered'"))
        #expect(check.lowerBound < script.range(of: "= New-AzApplicationGateway")!.lowerBound)
        #expect(files["pipeline/azure-pipelines.yml"]?.contains("# Prerequisite, once per subscription: the preview feature Microsoft.Network/\(feature).") == true)
        #expect(files["github/deploy.yml"]?.contains("Microsoft.Network/\(feature)") == true)
        #expect(files["docs/RUNBOOK.md"]?.contains("Register-AzProviderFeature -FeatureName \(feature) -ProviderNamespace Microsoft.Network") == true)
    }

    @Test func aPublicGatewayNeedsNoFeature() throws {
        let (resolved, files) = try Self.files("learn-internal-vnet")
        #expect(resolved.requiredFeatures.isEmpty)
        #expect(files.values.allSatisfy { !$0.contains("EnableApplicationGatewayNetworkIsolation") })
    }
}
