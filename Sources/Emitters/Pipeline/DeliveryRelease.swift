/// The Plan and Apply jobs of one environment. Apply runs only on the release branch, bound to
/// the environment (where approvals live), and deploys exactly the artifact Plan published.
struct DeliveryRelease: Hashable, Sendable {
    var environment: DeliveryEnvironment
    /// Settings both jobs read (the Terraform state key).
    var variables: [DeliveryVariable]
    var plan: DeliveryJob
    var apply: DeliveryJob
    /// The plan job's output that says whether there is anything to apply (`true`/`false`);
    /// nil: Apply always runs after an approved plan.
    var changes: DeliveryOutput?
    /// The previous environment's plan job, which this plan waits for besides the previous
    /// Apply (`plan.needs`): that Apply may be skipped when its plan was empty, and promotion
    /// goes on as long as its plan succeeded.
    var previousPlan: String?
}
