/// One job of the delivery plan: its identifier (`validate`, `plan_<env>`, `apply_<env>`;
/// a stage in Azure DevOps, a job in GitHub Actions), the job it waits for, the identity it signs
/// in with, how long it may run and its steps.
struct DeliveryJob: Hashable, Sendable {
    var id: String
    var title: String
    var needs: String?
    var identity: DeliveryIdentity = .none
    /// Minutes before the platform cancels the job; nil: the platform's default.
    var timeoutMinutes: Int? = nil
    var steps: [DeliveryStep]
}
