import DSL

/// Renders the `bicep` format: `main.bicep`, the same resources and API versions as the ARM
/// template with symbolic references; `main.bicepparam` for the declared deployment and
/// `main.<environment>.bicepparam` for each environment, which read secrets from environment
/// variables; and the policy files main.bicep loads with `loadTextContent`
/// (`policies/…`, the same files as the policies format).
public struct BicepEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .bicep }

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        let template = RMTemplateBuilder.build(deployment)
        let renderer = BicepTemplateRenderer(template: template)
        let writer = BicepWriter()
        return [
            EmittedFile(path: "main.bicep", contents: writer.render(renderer.mainFile(description: template.description))),
            EmittedFile(path: "main.bicepparam", contents: writer.render(renderer.parametersFile())),
        ] + template.environments.map { environment in
            EmittedFile(path: "main.\(environment.name).bicepparam", contents: writer.render(renderer.parametersFile(for: environment)))
        } + template.files.map { EmittedFile(path: $0.path, contents: $0.contents) }
    }
}
