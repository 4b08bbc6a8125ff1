import DSL

/// Renders a resolved deployment to the files of one format. Emitters are pure: no I/O, no
/// clocks, no randomness; the same model always gives byte-identical files. Each builds a
/// syntax tree of its language and renders it with that language's writer.
public protocol Emitter: Sendable {
    var format: OutputFormat { get }
    func emit(_ deployment: ResolvedDeployment) -> [EmittedFile]
}

/// One generated file: a path relative to the format's folder (`appgw.tf`,
/// `apis/orders/policy.xml`) and its complete text.
public struct EmittedFile: Hashable, Sendable, Comparable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    public static func < (lhs: EmittedFile, rhs: EmittedFile) -> Bool { lhs.path < rhs.path }
}
