/// The names of the pipeline variables the steps reference, and how they are referenced.
enum PipelineVariable {
    static let serviceConnection = "serviceConnection"
    static let outputRoot = "outputRoot"
    static let manifestPath = "manifestPath"
    static let genPackagePath = "genPackagePath"
    static let resourceGroup = "resourceGroup"
    static let location = "location"
    static let applicationGatewayName = "applicationGatewayName"
    static let apiManagementName = "apiManagementName"
    static let terraformVersion = "terraformVersion"
    static let terraformDirectory = "terraformDirectory"
    static let stateResourceGroup = "terraformStateResourceGroup"
    static let stateStorageAccount = "terraformStateStorageAccount"
    static let stateContainer = "terraformStateContainer"
    static let stateKey = "terraformStateKey"

    /// An absolute path under gen's output root in the checked-out repository (`/terraform`):
    /// task inputs and working directories do not all resolve relative paths the same way.
    static func outputPath(_ subpath: String) -> String {
        "$(Build.SourcesDirectory)/" + macro(outputRoot) + subpath
    }

    /// `$(name)`: expanded by the agent when the step runs.
    static func macro(_ name: String) -> String { "$(\(name))" }

    /// The service connection as a compile-time expression: Azure DevOps authorizes service
    /// connections before the run starts, so runtime macros are not enough there.
    static let serviceConnectionExpression = "${{ variables.\(serviceConnection) }}"

    /// A `- name: … value: …` entry of a `variables:` list.
    static func entry(_ name: String, _ value: String) -> YAMLNode {
        ["name": .string(name), "value": .string(value)]
    }
}
