/// One step of a delivery job: what it does, its title, the folder it runs in, and the
/// environment variables it reads every manifest value from (scripts never splice values in).
struct DeliveryStep: Hashable, Sendable {
    var title: String
    var action: DeliveryAction
    var workingDirectory: DeliveryValue?
    var env: [DeliveryVariable]
    /// The step's identifier, for steps whose outputs later jobs read.
    var id: String?

    init(_ title: String, _ action: DeliveryAction, workingDirectory: DeliveryValue? = nil, env: [DeliveryVariable] = [],
         id: String? = nil) {
        self.title = title
        self.action = action
        self.workingDirectory = workingDirectory
        self.env = env
        self.id = id
    }

    static let checkout = DeliveryStep("Checkout", .checkout)

    /// Installs the pinned Swift toolchain (cached), builds gen (its build cached too), then
    /// proves each committed output folder matches the manifest.
    static func genChecks(_ formats: [OutputFormat]) -> [DeliveryStep] {
        let package = DeliveryVariable("GEN_PACKAGE_PATH", .variable(DeliveryVariable.genPackagePath))
        let version = DeliveryValue.variable(DeliveryVariable.swiftVersion)
        let toolchain = DeliveryValue.location(.tools) + "/swift-" + version
        let setup = [
            DeliveryStep("Cache the Swift toolchain", .cache(DeliveryCache(
                key: [.text("swift"), .text(version), .text(.location(.runnerOS))], path: toolchain))),
            DeliveryStep("Install Swift", .run(.installSwift), env: [
                DeliveryVariable("SWIFT_VERSION", version), DeliveryVariable("SWIFT_HOME", toolchain),
            ]),
            DeliveryStep("Cache gen's build", .cache(DeliveryCache(
                key: [.text("gen"), .text(version), .text(.location(.runnerOS)),
                      .file(.variable(DeliveryVariable.genPackagePath) + "/Package.swift")],
                path: .variable(DeliveryVariable.genPackagePath) + "/.build"))),
        ]
        return setup + [DeliveryStep("Build gen", .run(.buildGen), env: [package])] + formats.map { format in
            DeliveryStep("gen \(format.rawValue) --check (committed output matches the manifest)", .run(.genCheck), env: [
                DeliveryVariable("GEN_FORMAT", .text(format.rawValue)),
                package,
                DeliveryVariable("MANIFEST_PATH", .variable(DeliveryVariable.manifestPath)),
                DeliveryVariable("OUTPUT_ROOT", .variable(DeliveryVariable.outputRoot)),
            ])
        }
    }

    /// Fails early when the environment lacks one of `inputs`; nothing when there is none.
    static func requireInputs(_ inputs: [DeliveryInput]) -> [DeliveryStep] {
        inputs.isEmpty ? [] : [DeliveryStep("Check the inputs", .requireInputs(inputs))]
    }

    /// The title as `platform` shows it: the inputs check names where the platform keeps inputs.
    func title(on platform: DeliveryPlatform) -> String {
        if case .requireInputs = action { return "Check the " + platform.inputStore }
        return title
    }

    /// Stages output folders and the input files next to the manifest, laid out as in the
    /// checkout (`<output root>/terraform`, `apis/orders.yaml`): the formats reach their inputs
    /// by relative paths, which then hold in the artifact too.
    static func stage(_ folders: [String], excluded: [String] = [], files: [String]) -> DeliveryStep {
        DeliveryStep("Stage the reviewed files", .stage(folders: folders, excluded: excluded, files: files))
    }

    static func publish(_ environment: DeliveryEnvironment) -> DeliveryStep {
        DeliveryStep("Publish the reviewed plan", .publish(artifact: environment.artifact))
    }

    static func download(_ environment: DeliveryEnvironment) -> DeliveryStep {
        DeliveryStep("Download the reviewed plan", .download(artifact: environment.artifact))
    }

    /// The staged `what-if.txt` a preview writes next to the files it previews.
    static let whatIfFile: DeliveryValue = .location(.staging) + "/what-if.txt"

    static func artifactDirectory(_ environment: DeliveryEnvironment) -> DeliveryValue {
        .location(.artifact(environment.artifact))
    }

    /// A folder under the output root inside the downloaded artifact (`/terraform`).
    static func artifactOutput(_ environment: DeliveryEnvironment, _ subpath: String) -> DeliveryValue {
        artifactDirectory(environment) + "/" + .variable(DeliveryVariable.outputRoot) + subpath
    }

    /// Publishes the APIM policy files of the artifact after the infrastructure.
    static func publishPolicies(_ environment: DeliveryEnvironment) -> DeliveryStep {
        DeliveryStep("Publish APIM policies", .azure(.publishPolicies), env: [
            DeliveryVariable("POLICY_ROOT", artifactOutput(environment, "/policies")),
            DeliveryVariable("RESOURCE_GROUP", .variable(DeliveryVariable.resourceGroup)),
            DeliveryVariable("APIM_NAME", .variable(DeliveryVariable.apiManagementName)),
        ])
    }

    /// The post-deployment proof: every pool with targets reports Healthy.
    static func verifyBackendHealth(pools: [String]) -> DeliveryStep {
        DeliveryStep("Verify Application Gateway backend health", .azure(.backendHealth), env: [
            DeliveryVariable("RESOURCE_GROUP", .variable(DeliveryVariable.resourceGroup)),
            DeliveryVariable("GATEWAY_NAME", .variable(DeliveryVariable.applicationGatewayName)),
            DeliveryVariable("BACKEND_POOLS", .text(pools.joined(separator: " "))),
        ])
    }
}
