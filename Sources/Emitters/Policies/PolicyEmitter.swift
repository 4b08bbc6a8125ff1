import DSL

/// Renders the `policies` format. Not implemented yet: renders no files.
public struct PolicyEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .policies }
    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] { [] }
}
