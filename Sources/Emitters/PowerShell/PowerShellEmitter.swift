import DSL

/// Renders the `powershell` format. Not implemented yet: renders no files.
public struct PowerShellEmitter: Emitter {
    public init() {}
    public var format: OutputFormat { .powershell }
    public func emit(_ deployment: ResolvedDeployment) -> [EmittedFile] { [] }
}
