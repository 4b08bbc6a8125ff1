/// The Plan and Apply jobs of one environment. Apply runs only on the release branch, bound to
/// the environment (where approvals live), and deploys exactly the artifact Plan published.
struct DeliveryRelease: Hashable, Sendable {
    var environment: DeliveryEnvironment
    /// Settings both jobs read (the Terraform state key).
    var variables: [DeliveryVariable]
    var plan: DeliveryJob
    var apply: DeliveryJob
}
