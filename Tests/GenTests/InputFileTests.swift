import DSL
import Testing
@testable import GenDriver

/// Files the manifest names are found from each format's folder, through the manifest's
/// folder as gen's two paths place it.
struct InputFileTests {
    @Test(arguments: [
        ("Deployment.swift", "out", ".."),
        ("Samples/learn/Deployment.swift", "out/learn", "../../Samples/learn"),
        ("./infra/Deployment.swift", "infra/out", ".."),
        ("Deployment.swift", "/tmp/render", "../../work/repo"),
        ("/srv/site/Deployment.swift", "/srv/site/build/out", "../.."),
        ("Deployment.swift", ".", "."),
    ])
    func manifestFolderIsRelativeToTheOutputRoot(manifest: String, output: String, expected: String) {
        #expect(ManifestFolder.relative(manifest: manifest, output: output, currentDirectory: "/work/repo") == expected)
    }

    @Test func formatFoldersReachInputsThroughTheManifestFolder() {
        var resolved = ResolvedDeployment(deployment: Deployment(name: "d", resourceGroup: "rg", region: .westEurope, location: SourceLocation(file: "Deployment.swift", line: 1, column: 1)))
        #expect(resolved.inputPath("apis/orders.yaml") == "../../apis/orders.yaml")
        resolved.manifestFolder = "../../Samples/learn"
        #expect(resolved.inputPath("./certificates/gateway.pfx") == "../../../Samples/learn/certificates/gateway.pfx")
        #expect(resolved.inputPath("../shared/apis/orders.yaml") == "../../../Samples/shared/apis/orders.yaml")
        #expect(resolved.inputPath("/etc/ssl/root.cer") == "/etc/ssl/root.cer")
        resolved.manifestFolder = "."
        #expect(resolved.inputPath("apis/orders.yaml") == "../apis/orders.yaml")
    }
}
