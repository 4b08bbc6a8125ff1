/// A value a step of one job hands to later jobs: the step's identifier and the output's name.
/// The Terraform plan job reports with it whether the plan changes anything, and Apply runs
/// only when it does.
struct DeliveryOutput: Hashable, Sendable {
    var step: String
    var name: String
}
