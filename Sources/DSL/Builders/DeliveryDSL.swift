extension PipelineSettings: DeploymentComponent {
    /// The CI/CD flow, service connections (workload identity federation: one that deploys, a
    /// read-only one for plans) and Terraform state.
    /// Plans sign in with `<serviceConnection>-plan` unless `planServiceConnection` names one;
    /// `flow` is the artefact the pipeline deploys (Terraform by default).
    ///
    /// ```swift
    /// Pipeline(serviceConnection: "sc-apim-edge-prod",
    ///          remoteState: RemoteState(resourceGroup: "rg-tfstate", storageAccount: "sttfstatecontoso", key: "apim-edge-prod.tfstate"))
    /// ```
    public init(serviceConnection: String, planServiceConnection: String? = nil, flow: Flow = .terraform,
                remoteState: RemoteState? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(serviceConnection: serviceConnection, planServiceConnection: planServiceConnection, flow: flow,
                  remoteState: remoteState, location: .here(file, line, column))
    }

    /// Sets the deployment's delivery settings (a later declaration replaces them).
    public func apply(to deployment: inout Deployment) { deployment.pipeline = self }
}

/// `Pipeline(serviceConnection: "sc-platform")`: the short name manifests use.
///
/// ```swift
/// Pipeline(serviceConnection: "sc-platform", flow: .bicep)
/// ```
public typealias Pipeline = PipelineSettings
