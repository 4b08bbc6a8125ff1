/// A resource-group deployment, neutral between ARM JSON and Bicep. Both emitters render the
/// same template, so they declare the same resources with the same API versions.
public struct RMTemplate: Hashable, Sendable {
    public var parameters: [RMParameter] = []
    public var variables: [RMVariable] = []
    public var resources: [RMResource] = []
    public var outputs: [RMOutput] = []
    /// Files `.textFile` expressions read, by path relative to the template: Bicep writes
    /// them next to main.bicep; ARM inlines their contents and needs none of them.
    public var files: [RMTextFile] = []
    /// Parameters whose value is the content of a file the manifest names (a certificate as
    /// base64, an API definition as text), by parameter name: the deployment command reads
    /// the file rather than a setting.
    public var fileContents: [String: RMFileContent] = [:]
    /// The deployment's environments, in declaration order: one parameter file each.
    public var environments: [RMEnvironment] = []
    /// What the template deploys (and which settings that differ between environments it
    /// could not parameterise): ARM `metadata.description`, Bicep's first comment.
    public var description = ""
    public init() {}

    /// Whether the deployment command supplies the parameter (`--parameters name=…`, from the
    /// pipeline's secret variables): every secret and file content. A parameters file holds
    /// only values: a Key Vault reference there needs the vault's literal ID, which the
    /// manifest does not know for a vault it creates in the same deployment (nor can that
    /// vault hold the secret before the deployment runs).
    /// The secret input among `inputs` whose value arrives in `environmentVariable`
    /// (`RMParameter.Source.secret`), nil for what is not a manifest input (a file's content,
    /// a Key Vault secret, a value secret only in another environment).
    public static func secretInput(arrivingIn environmentVariable: String, among inputs: [String]) -> String? {
        inputs.first { RMNaming.environmentVariable($0) == environmentVariable }
    }

    public func suppliedOnCommandLine(_ source: RMParameter.Source?) -> Bool {
        switch source {
        case .commandLine?, .secret?: true
        case .value?, nil: false
        }
    }
}

/// The file a parameter's value is read from: its path as the manifest gives it, and whether
/// the value is the file's base64 (certificates) or its text (API definitions).
public struct RMFileContent: Hashable, Sendable {
    public var path: String
    public var base64: Bool

    public init(path: String, base64: Bool) {
        self.path = path
        self.base64 = base64
    }
}

/// A text file shipped with the template (a policy document).
public struct RMTextFile: Hashable, Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// A template variable, used where a name clarifies a repeated value.
public struct RMVariable: Hashable, Sendable {
    public var name: String
    public var value: RMExpression
    public var description: String

    public init(_ name: String, _ value: RMExpression, description: String) {
        self.name = name
        self.value = value
        self.description = description
    }
}
