extension PipelineSettings: DeploymentComponent {
    /// The CI/CD flow, service connections (workload identity federation: one that deploys, a
    /// read-only one for plans) and Terraform state.
    public init(serviceConnection: String, planServiceConnection: String? = nil, flow: Flow = .terraform,
                remoteState: RemoteState? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(serviceConnection: serviceConnection, planServiceConnection: planServiceConnection, flow: flow,
                  remoteState: remoteState, location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.pipeline = self }
}

/// `Pipeline(serviceConnection: "sc-platform")`: the short name manifests use.
public typealias Pipeline = PipelineSettings
