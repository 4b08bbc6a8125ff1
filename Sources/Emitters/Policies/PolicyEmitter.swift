import DSL

/// Renders the `policies` format: API Management policy files in the APIOps layout
/// (`policy.xml`, `products/<p>/policy.xml`, `apis/<a>/policy.xml`,
/// `apis/<a>/operations/<o>/policy.xml`, `fragments/<f>/policy.xml`), one per declared
/// policy document or fragment. A deployment without policies renders no files.
public struct PolicyEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .policies }

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        let policies = deployment.apiManagement?.content.scopedPolicies ?? []
        return policies.map { EmittedFile(path: $0.path, contents: PolicyXML.text(of: $0)) }
    }
}
