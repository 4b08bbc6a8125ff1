/// The Azure identity a job signs in with. Plan jobs (which also run for pull requests) use a
/// read-only identity; only apply jobs, behind the environment's approvals, use the identity
/// that may change Azure.
enum DeliveryIdentity: Hashable, Sendable {
    /// The job does not sign in to Azure (Validate).
    case none
    /// Reads Azure and the Terraform state: Reader on the resource group, Storage Blob Data
    /// Contributor on the state container (plans take the state lease), Key Vault Secrets User
    /// where a plan reads secrets.
    case plan
    /// Deploys: Contributor and Role Based Access Control Administrator (or User Access
    /// Administrator) on the resource group, Storage Blob Data Contributor on the state container.
    case deploy
}
