import DSL

/// One environment the pipeline promotes through, with every name its Plan and Apply stages
/// use. Derived once by `PipelineContext` so stages, variables and the header agree.
struct PipelineEnvironment: Hashable, Sendable {
    /// The manifest's environment name; also the Azure DevOps `environment` (approvals live there).
    var name: String
    var production: Bool
    /// `[A-Za-z0-9_]` form of the name, unique in the pipeline: `plan_<id>`, `apply_<id>`.
    var identifier: String
    /// The variable group holding this environment's values (secret inputs, state storage).
    var variableGroup: String
    /// The pipeline artifact the Plan stage publishes and the Apply stage deploys.
    var artifact: String
    /// The Terraform state blob of this environment.
    var stateKey: String

    var planStage: String { "plan_" + identifier }
    var applyStage: String { "apply_" + identifier }
}
