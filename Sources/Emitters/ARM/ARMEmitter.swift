import DSL

/// Renders the `arm` format. Not implemented yet: renders no files.
public struct ARMEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .arm }
    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] { [] }
}
