/// One environment's parameter file: the declared deployment's parameter sources, with the
/// values (or secret sources) this environment sets instead.
public struct RMEnvironment: Hashable, Sendable {
    public var name: String
    /// Sources that replace or add to the declared ones, by parameter name.
    public var sources: [String: RMParameter.Source]
    /// Files whose content this environment passes instead of the declared ones (its own PFX
    /// files), by parameter name.
    public var fileContents: [String: RMFileContent]

    public init(name: String, sources: [String: RMParameter.Source] = [:], fileContents: [String: RMFileContent] = [:]) {
        self.name = name
        self.sources = sources
        self.fileContents = fileContents
    }

    /// Where this environment's file takes `parameter` from; nil when the file leaves it out.
    public func source(of parameter: RMParameter) -> RMParameter.Source? {
        sources[parameter.name] ?? parameter.source
    }
}
