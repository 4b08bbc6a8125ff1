import DSL
import Emitters
import GenDriver
import Testing

/// Which samples' pipelines may publish their saved Terraform plan: only those whose plan holds
/// no secret input. The Key Vault samples keep every certificate in the vault, so their reviewed
/// plan is applied as is; the PFX samples publish a summary and re-plan.
@Suite struct PlanSecrecyTests {
    static func pipeline(_ sample: String) throws -> String {
        let resolved = Generation.check(try TestSupport.load(sample)).resolved
        let files = Generation.render(resolved, formats: [.pipeline]).flatMap(\.1)
        return try #require(files.first { $0.path == "azure-pipelines.yml" }).contents
    }

    @Test(arguments: ["zero-trust-keyvault", "apim-front-door"])
    func aPlanWithoutSecretsIsPublishedAndAppliedAsReviewed(_ sample: String) throws {
        let text = try Self.pipeline(sample)
        #expect(text.contains("publishPlan: production"))
        #expect(text.contains("terraform apply tfplan (the reviewed plan)"))
        #expect(!text.contains("plan-summary.json") && !text.contains("DownloadSecureFile@1"))
    }

    @Test(arguments: ["learn-internal-vnet", "public-apim-behind-gateway", "private-endpoint-zero-trust"])
    func aPlanWithPFXInputsIsNeverPublished(_ sample: String) throws {
        let text = try Self.pipeline(sample)
        #expect(!text.contains("publishPlan:"))
        #expect(text.contains("DownloadSecureFile@1"))
        #expect(text.contains("Keep only the plan's summary (the plan file holds secrets)"))
        #expect(text.contains("The plan changes what was reviewed"))
    }
}
