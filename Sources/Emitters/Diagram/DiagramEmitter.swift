import DSL

/// Renders the `diagram` format: `architecture.mmd` (a Mermaid flowchart for Azure DevOps wikis
/// and GitHub) and `architecture.dot` (Graphviz), both drawn from one `ArchitectureGraph`.
/// `gen` adds `architecture.svg` when Graphviz is installed; that is not the emitter's job.
public struct DiagramEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .diagram }

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        var builder = ArchitectureGraphBuilder(deployment)
        let graph = builder.build()
        return [
            EmittedFile(path: "architecture.mmd", contents: MermaidWriter().render(graph.mermaid)),
            EmittedFile(path: "architecture.dot", contents: GraphvizWriter().render(graph.graphviz)),
        ]
    }
}
