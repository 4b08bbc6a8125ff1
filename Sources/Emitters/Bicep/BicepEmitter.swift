import DSL

/// Renders the `bicep` format. Not implemented yet: renders no files.
public struct BicepEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .bicep }
    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] { [] }
}
