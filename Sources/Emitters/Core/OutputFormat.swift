/// The formats `gen` renders. The raw value is the CLI word, the output folder and the golden
/// folder: one name per format everywhere.
public enum OutputFormat: String, CaseIterable, Codable, Hashable, Sendable {
    case terraform
    case powershell
    case arm
    case bicep
    case pipeline
    /// The GitHub Actions workflow (`deploy.yml`); the same delivery plan as `pipeline`.
    case github
    case policies
    case diagram
    case docs

    /// The emitter that renders this format.
    public var emitter: any Emitter {
        switch self {
        case .terraform: TerraformEmitter()
        case .powershell: PowerShellEmitter()
        case .arm: ARMEmitter()
        case .bicep: BicepEmitter()
        case .pipeline: PipelineEmitter()
        case .github: GitHubWorkflowEmitter()
        case .policies: PolicyEmitter()
        case .diagram: DiagramEmitter()
        case .docs: DocsEmitter()
        }
    }
}
