/// A whole `.ps1` script: `#Requires`, comment-based help, `[CmdletBinding()]`, `param(...)`
/// and the body, in that order.
public struct PSScript: Hashable, Sendable {
    public var requiredModules: [String]
    public var synopsis: String?
    public var description: String?
    /// Writes `[CmdletBinding(...)]` and `param(...)` (even with no parameters).
    public var cmdletBinding: Bool
    public var supportsShouldProcess: Bool
    public var parameters: [PSParameter]
    /// `.EXAMPLE` sections of the help, in order: a command line, optionally followed by lines
    /// that explain it.
    public var examples: [String]
    public var body: [PSStatement]

    public init(
        requiredModules: [String] = [], synopsis: String? = nil, description: String? = nil,
        cmdletBinding: Bool = true, supportsShouldProcess: Bool = false,
        parameters: [PSParameter] = [], examples: [String] = [], body: [PSStatement]
    ) {
        self.requiredModules = requiredModules
        self.synopsis = synopsis
        self.description = description
        self.cmdletBinding = cmdletBinding
        self.supportsShouldProcess = supportsShouldProcess
        self.parameters = parameters
        self.examples = examples
        self.body = body
    }
}
