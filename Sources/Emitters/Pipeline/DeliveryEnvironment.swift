import DSL

/// One environment delivery promotes through, with every name its Plan and Apply jobs use.
/// Derived once by `DeliveryContext` so jobs, variables and headers agree.
struct DeliveryEnvironment: Hashable, Sendable {
    /// The manifest's environment name; also the CI platform's environment (approvals live there).
    var name: String
    var production: Bool
    /// `[A-Za-z0-9_]` form of the name, unique in the pipeline: `plan_<id>`, `apply_<id>`.
    var identifier: String
    /// The Azure DevOps variable group holding this environment's inputs.
    var variableGroup: String
    /// The artifact the Plan job publishes and the Apply job deploys.
    var artifact: String
    /// The Terraform state blob of this environment.
    var stateKey: String
    /// Where it deploys (resolve's, with its naming convention applied).
    var resourceGroup: String
    /// The Azure DevOps service connections of its apply and its plan.
    var serviceConnection: String
    var planServiceConnection: String
    /// Its API Management service, where policies are published; nil without one.
    var apiManagementName: String?
    /// The secret inputs its deployment takes (resolve's, for this environment).
    var secretInputs: [String]

    var planJob: String { "plan_" + identifier }
    var applyJob: String { "apply_" + identifier }
}
