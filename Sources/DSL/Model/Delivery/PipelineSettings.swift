/// How the deployment ships: the CI/CD flow and where Terraform keeps its state.
public struct PipelineSettings: Codable, Hashable, Sendable {
    public var serviceConnection: String
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

    public init(serviceConnection: String, flow: Flow = .terraform, remoteState: RemoteState? = nil, location: SourceLocation) {
        self.serviceConnection = serviceConnection
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
