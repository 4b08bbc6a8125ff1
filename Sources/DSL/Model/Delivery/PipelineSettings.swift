/// How the deployment ships: the CI/CD flow and where Terraform keeps its state.
public struct PipelineSettings: Codable, Hashable, Sendable {
    public var serviceConnection: String
    /// The read-only identity plan jobs sign in with (Reader on the resource group, state
    /// access); nil: `<serviceConnection>-plan`.
    public var planServiceConnection: String?
    public var flow: Flow
    public var remoteState: RemoteState?
    public var location: SourceLocation

    /// Which generated artefact the pipeline deploys.
    public enum Flow: String, Codable, Hashable, Sendable, CaseIterable {
        case terraform
        case bicep
        case arm
        case powershell
    }

    /// The identity plan jobs use: the declared one, or `<serviceConnection>-plan`.
    public var planIdentity: String { planServiceConnection ?? serviceConnection + "-plan" }

    package init(serviceConnection: String, planServiceConnection: String? = nil, flow: Flow = .terraform,
                remoteState: RemoteState? = nil, location: SourceLocation) {
        self.serviceConnection = serviceConnection
        self.planServiceConnection = planServiceConnection
        self.flow = flow
        self.remoteState = remoteState
        self.location = location
    }
}

/// Terraform state in an Azure storage account (the `azurerm` backend).
public struct RemoteState: Codable, Hashable, Sendable {
    public var resourceGroup: String
    public var storageAccount: String
    public var container: String
    public var key: String

    public init(resourceGroup: String, storageAccount: String, container: String = "tfstate", key: String) {
        self.resourceGroup = resourceGroup
        self.storageAccount = storageAccount
        self.container = container
        self.key = key
    }
}
