import DSL

/// Renders the `terraform` format. Not implemented yet: renders no files.
public struct TerraformEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .terraform }
    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] { [] }
}
