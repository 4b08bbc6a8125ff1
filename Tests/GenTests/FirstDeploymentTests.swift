import DSL
import Emitters
import GenDriver
import Testing

/// ARM and Bicep cannot hold API Management twice, so a new service whose host names are read
/// from Key Vault with its system-assigned identity is deployed in two passes: without the host
/// names (service, identity, role), then with them. The template says so and the template
/// pipelines run the first pass only while the service does not exist.
@Suite struct FirstDeploymentTests {
    static func render(_ sample: String, flow: PipelineSettings.Flow? = nil, formats: [OutputFormat]) throws -> [String: String] {
        var deployment = try TestSupport.load(sample)
        if let flow { deployment.pipeline = PipelineSettings(serviceConnection: "sc-edge", flow: flow, location: deployment.location) }
        let resolved = Generation.check(deployment).resolved
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(resolved, formats: formats) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        return files
    }

    @Test func theTemplatesBindTheHostNamesOnlyWhenAsked() throws {
        let files = try Self.render("zero-trust-keyvault", formats: [.arm, .bicep])
        let arm = try #require(files["arm/azuredeploy.json"])
        #expect(arm.contains("\"bindCustomHostnames\": {\n      \"type\": \"bool\",\n      \"defaultValue\": true,"))
        #expect(arm.contains("\"hostnameConfigurations\": \"[if(parameters('bindCustomHostnames'), createArray(createObject('type', 'Proxy', 'hostName', 'api.contoso.com'"))
        #expect(arm.contains(", createArray())]\""))
        let bicep = try #require(files["bicep/main.bicep"])
        #expect(bicep.contains("param bindCustomHostnames bool = true"))
        #expect(bicep.contains("    hostnameConfigurations: bindCustomHostnames ? [\n"))
        // A PFX host name needs no role, so the Learn sample binds its host names in one pass.
        let learn = try Self.render("learn-internal-vnet", formats: [.arm])
        #expect(learn["arm/azuredeploy.json"]?.contains("bindCustomHostnames") == false)
    }

    @Test(arguments: [PipelineSettings.Flow.bicep, .arm])
    func theTemplatePipelineRunsTheFirstPassOnlyForANewService(_ flow: PipelineSettings.Flow) throws {
        let files = try Self.render("zero-trust-keyvault", flow: flow, formats: [.pipeline])
        let pipeline = try #require(files["pipeline/azure-pipelines.yml"])
        #expect(pipeline.contains("HOSTNAMES_PARAMETER: bindCustomHostnames"))
        #expect(pipeline.contains(#"if [ -n "${HOSTNAMES_PARAMETER:-}" ] && ! az apim show --resource-group "$RESOURCE_GROUP" --name "$APIM_NAME" --output none 2>/dev/null; then"#))
        #expect(pipeline.contains(#"az deployment group create --name "$DEPLOYMENT_NAME-first" "${arguments[@]}" --parameters "$HOSTNAMES_PARAMETER=false" --output none"#))
        // Only Apply deploys; what-if previews the full template.
        #expect(pipeline.components(separatedBy: "HOSTNAMES_PARAMETER: bindCustomHostnames").count == 2)
    }
}
