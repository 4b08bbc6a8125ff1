import DSL

/// Renders the `docs` format: `RUNBOOK.md`, the operator's runbook for this deployment.
public struct DocsEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .docs }

    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] {
        [EmittedFile(path: "RUNBOOK.md", contents: MarkdownWriter().render(Runbook(deployment).document))]
    }
}
