/// A template parameter: type, description, allowed values, default.
public struct RMParameter: Hashable, Sendable {
    public var name: String
    public var type: RMType
    public var description: String
    public var allowedValues: [RMExpression]
    public var defaultValue: RMExpression?
    /// How the parameter files supply it, when the template has no default.
    public var source: Source?

    /// Where the parameter files take a value from.
    public enum Source: Hashable, Sendable {
        /// A plain value written into the parameter files.
        case value(RMExpression)
        /// A secret: never a value in a file. Bicep's parameters file reads the environment
        /// variable; ARM takes it on the command line (`RMTemplate.suppliedOnCommandLine`).
        case secret(environmentVariable: String)
        /// Not in the parameter files: passed on the command line (a certificate's base64 content).
        case commandLine(environmentVariable: String)
    }

    public init(_ name: String, _ type: RMType, description: String, allowedValues: [RMExpression] = [], defaultValue: RMExpression? = nil, source: Source? = nil) {
        self.name = name
        self.type = type
        self.description = description
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
        self.source = source
    }
}

/// Parameter and output types.
public enum RMType: String, Hashable, Sendable {
    case string
    case secureString
    case int
    case bool
    case array
    case object
}
