/// The CI platforms a delivery plan renders to, with what differs between them in scripts and
/// explanations: how a script reports an error or warning, and what the platform calls the
/// place inputs live and the identity that signs in to Azure.
enum DeliveryPlatform: Hashable, Sendable, CaseIterable {
    case azurePipelines
    case githubActions

    /// The logging command that makes the rest of the line an error annotation.
    var errorPrefix: String {
        switch self {
        case .azurePipelines: "##vso[task.logissue type=error]"
        case .githubActions: "::error::"
        }
    }

    var warningPrefix: String {
        switch self {
        case .azurePipelines: "##vso[task.logissue type=warning]"
        case .githubActions: "::warning::"
        }
    }

    /// The shell line that puts the folder in `$directory` first on the PATH of the next steps.
    var prependPath: String {
        switch self {
        case .azurePipelines: ###"echo "##vso[task.prependpath]$directory""###
        case .githubActions: #"echo "$directory" >> "$GITHUB_PATH""#
        }
    }

    /// The shell line that sets the step output `name` to `$value` for later jobs.
    func setOutput(_ name: String) -> String {
        switch self {
        case .azurePipelines: ###"echo "##vso[task.setvariable variable=\###(name);isoutput=true]$value""###
        case .githubActions: #"echo "\#(name)=$value" >> "$GITHUB_OUTPUT""#
        }
    }

    /// Where each environment's inputs live.
    var inputStore: String {
        switch self {
        case .azurePipelines: "variable group"
        case .githubActions: "environment's secrets and variables"
        }
    }

    /// Where secret inputs come from, after "from".
    var secretSource: String {
        switch self {
        case .azurePipelines: "the variable group"
        case .githubActions: "the environment's secrets"
        }
    }

    /// Where the Terraform state storage account is named when the manifest does not say.
    var stateStorageSource: String {
        switch self {
        case .azurePipelines: "the storage account the variable group names"
        case .githubActions: "the storage account named by the environment's variables"
        }
    }

    /// What signs in to Azure.
    var identity: String {
        switch self {
        case .azurePipelines: "the service connection"
        case .githubActions: "the workload identity"
        }
    }
}
