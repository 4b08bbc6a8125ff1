/// A file the pipeline must not take from the repository (a PFX with its private key): an
/// Azure DevOps secure file, or a GitHub secret holding the file as base64, written to the
/// runner's temporary folder for the job that needs it.
struct DeliverySecureFile: Hashable, Sendable {
    /// The secure file's name in the Azure DevOps library, and the file name on the runner.
    var fileName: String
    /// The step identifier whose output names the downloaded file (Azure DevOps).
    var id: String
    /// The GitHub secret that holds the file's bytes as base64.
    var secret: String
}
