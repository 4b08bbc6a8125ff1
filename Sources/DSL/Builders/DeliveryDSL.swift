extension PipelineSettings: DeploymentComponent {
    /// The CI/CD flow, service connection (workload identity federation) and Terraform state.
    public init(serviceConnection: String, flow: Flow = .terraform, remoteState: RemoteState? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(serviceConnection: serviceConnection, flow: flow, remoteState: remoteState, location: .here(file, line, column))
    }

    public func apply(to deployment: inout Deployment) { deployment.pipeline = self }
}

/// `Pipeline(serviceConnection: "sc-platform")`: the short name manifests use.
public typealias Pipeline = PipelineSettings
