import DSL

/// Renders the `pipeline` format. Not implemented yet: renders no files.
public struct PipelineEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .pipeline }
    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] { [] }
}
