import DSL

/// Renders the `diagram` format: `architecture.mmd` (a Mermaid flowchart for Azure DevOps wikis
/// and GitHub) and `architecture.dot` (Graphviz), both drawn from one `ArchitectureGraph`, and
/// the same pair for each environment under `environments/` (its own names, host names, DNS
/// records and sizes). `gen` adds `architecture.svg` when Graphviz is installed; that is not
/// the emitter's job.
public struct DiagramEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .diagram }

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        Self.diagrams(of: deployment, named: "architecture")
            + deployment.environments.flatMap { Self.diagrams(of: $0.deployment, named: Self.environmentDiagram($0.name)) }
    }

    /// The path (without extension) of an environment's diagrams inside the format's folder.
    static func environmentDiagram(_ environment: String) -> String { "environments/\(environment)" }

    /// The Mermaid flowchart of a deployment, as `architecture.mmd` holds it (the runbook
    /// embeds it, so GitHub and Azure DevOps show it in place).
    static func mermaid(of deployment: ResolvedDeployment) -> String {
        var builder = ArchitectureGraphBuilder(deployment)
        return MermaidWriter().render(builder.build().mermaid)
    }

    private static func diagrams(of deployment: ResolvedDeployment, named name: String) -> [EmittedFile] {
        var builder = ArchitectureGraphBuilder(deployment)
        let graph = builder.build()
        return [
            EmittedFile(path: "\(name).mmd", contents: MermaidWriter().render(graph.mermaid)),
            EmittedFile(path: "\(name).dot", contents: GraphvizWriter().render(graph.graphviz)),
        ]
    }
}
