/// An action a workflow step uses, pinned to the full commit of a published release: a tag can
/// be moved, a commit cannot. The release is written beside it (`# v4.2.2`) for reviewers and
/// update tools. Each commit was read from the action's repository at that tag.
struct GitHubAction: Hashable, Sendable {
    var repository: String
    var commit: String
    var release: String

    /// `uses:`'s value, with the release as a comment.
    var reference: YAMLNode { .commented(.string(repository + "@" + commit), comment: release) }

    static let checkout = GitHubAction(repository: "actions/checkout", commit: "11bd71901bbe5b1630ceea73d27597364c9af683", release: "v4.2.2")
    static let upload = GitHubAction(repository: "actions/upload-artifact", commit: "ea165f8d65b6e75b540449e92b4886f43607fa02", release: "v4.6.2")
    static let download = GitHubAction(repository: "actions/download-artifact", commit: "d3f86a106a0bac45b974a628896c90dbdf5c8093", release: "v4.3.0")
    static let cache = GitHubAction(repository: "actions/cache", commit: "0057852bfaa89a56745cba8c7296529d2fc39830", release: "v4.3.0")
    static let setupTerraform = GitHubAction(repository: "hashicorp/setup-terraform", commit: "b9cd54a3c349d3f38e8881555d616ced269862dd", release: "v3.1.2")
    static let login = GitHubAction(repository: "azure/login", commit: "a457da9ea143d694b1b9c7c869ebb04ebe844ef5", release: "v2.3.0")
    /// Runs a script in the Az PowerShell session azure/login opened; a plain `shell: pwsh`
    /// step does not see the Az modules' sign-in.
    static let powershell = GitHubAction(repository: "azure/powershell", commit: "53dd145408794f7e80f97cfcca04155c85234709", release: "v2.0.0")

    static let all: [GitHubAction] = [checkout, upload, download, cache, setupTerraform, login, powershell]
}
