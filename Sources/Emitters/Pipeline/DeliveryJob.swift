/// One job of the delivery plan: its identifier (`validate`, `plan_<env>`, `apply_<env>`;
/// a stage in Azure DevOps, a job in GitHub Actions), the job it waits for and its steps.
struct DeliveryJob: Hashable, Sendable {
    var id: String
    var title: String
    var needs: String?
    var steps: [DeliveryStep]
}
