import DSL

/// Renders the `policies` format: API Management policy files in the APIOps layout
/// (`policy.xml`, `products/<p>/policy.xml`, `apis/<a>/policy.xml`,
/// `apis/<a>/operations/<o>/policy.xml`, `policy fragments/<f>/policy.xml`), one per declared
/// policy document or fragment, and the `*Information.json` of each API, product and
/// fragment beside them. A deployment without API Management content renders no files.
public struct PolicyEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .policies }

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        Self.files(of: deployment) + APIOpsInformation.files(of: deployment)
    }

    /// The policy files of a deployment, under `folder` (`""` for the format's own folder;
    /// formats that reference the files from their own folder pass `policies/`). Every format
    /// writes them through here, so they are byte-identical everywhere.
    public static func files(of deployment: ResolvedDeployment, under folder: String = "") -> [EmittedFile] {
        let policies = deployment.apiManagement?.content.scopedPolicies ?? []
        return policies.map { EmittedFile(path: folder + $0.path, contents: PolicyXML.text(of: $0)) }
    }
}
