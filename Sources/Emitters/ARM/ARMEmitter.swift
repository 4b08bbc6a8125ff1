import DSL

/// Renders the `arm` format: `azuredeploy.json`, a resource-group template,
/// `azuredeploy.parameters.json` for the declared deployment and
/// `azuredeploy.parameters.<environment>.json` for each environment; their secrets are Key
/// Vault references, never values.
public struct ARMEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .arm }

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        let template = RMTemplateBuilder.build(deployment)
        let renderer = ARMTemplateRenderer(template: template)
        let writer = JSONWriter()
        return [
            EmittedFile(path: "azuredeploy.json", contents: writer.render(renderer.templateDocument(description: template.description))),
            EmittedFile(path: "azuredeploy.parameters.json", contents: writer.render(renderer.parametersDocument())),
        ] + template.environments.map { environment in
            EmittedFile(path: "azuredeploy.parameters.\(environment.name).json", contents: writer.render(renderer.parametersDocument(for: environment)))
        }
    }
}
