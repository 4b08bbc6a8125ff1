import Foundation

/// `gen init`: a starter manifest with secure defaults, `compile_flags.txt` so that
/// SourceKit-LSP compiles the manifest against the DSL module (vscode-swift activates on it,
/// swiftlang/vscode-swift#1240), and a `.gitignore`. Files that exist are left alone.
struct ProjectStarter {
    var manifest: String
    /// The folder that holds `DSL.swiftmodule` (`DSLBuild.modulesDirectory`).
    var modules: String

    /// Writes the files that do not exist yet and returns their paths: in an existing project
    /// (a manifest already there) only the editor set-up and `.gitignore` it lacks. A run that
    /// would write nothing is an error, so a second `gen init` never changes a project.
    func write() throws -> [String] {
        let manifestURL = URL(fileURLWithPath: manifest)
        let folder = manifestURL.deletingLastPathComponent()
        let files = FileManager.default
        let names = [manifestURL.lastPathComponent, "compile_flags.txt", ".gitignore"]
        if names.allSatisfy({ files.fileExists(atPath: folder.appendingPathComponent($0).path) }) {
            throw GenError.environment("\(names.joined(separator: ", ")) exist beside \(manifest); gen init never overwrites (delete compile_flags.txt to write it again)")
        }
        do {
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw GenError.environment("cannot create \(folder.path): \(FolderProblem.reason(error, writing: folder.path))")
        }
        var written: [String] = []
        for (name, contents) in [(manifestURL.lastPathComponent, Self.manifest), ("compile_flags.txt", compileFlags), (".gitignore", Self.gitignore)] {
            let url = folder.appendingPathComponent(name)
            guard !files.fileExists(atPath: url.path) else { continue }
            do {
                try Data(contents.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw GenError.environment("cannot write \(url.path): \(FolderProblem.reason(error, writing: url.path))")
            }
            let shown = (manifest as NSString).deletingLastPathComponent
            written.append(shown.isEmpty ? name : (shown as NSString).appendingPathComponent(name))
        }
        return written
    }

    /// One argument per line, as clang's `compile_flags.txt` and SourceKit-LSP read it.
    var compileFlags: String {
        ["-I", modules, "-swift-version", "6"].joined(separator: "\n") + "\n"
    }

    static let gitignore = """
        # gen's output is rendered from Deployment.swift; commit it only if your review needs it.
        out/
        # Terraform's local state and plugins (commit .terraform.lock.hcl).
        .terraform/
        *.tfstate
        *.tfstate.*
        *.tfplan
        # Certificates stay out of the repository: pipelines take them as secure files.
        *.pfx

        """

    static let manifest = """
        // A deployment described once: `gen all` renders it to Terraform, Bicep, ARM, PowerShell,
        // pipelines, policies, a diagram and a runbook. Rename the resources, then run
        //   gen validate        (located errors and warnings)
        //   gen all             (everything under out/)
        //
        // What the defaults give you: Internet -> Application Gateway (WAF_v2, OWASP 3.2 in
        // Prevention) -> API Management without a virtual network. API Management admits only
        // the gateway's public IP (a global ip-filter resolve adds), only the paths of APIs
        // marked .external are published, the developer portal's sign-up is off, and TLS 1.2 is
        // the minimum. The gateway's certificate is read from an existing Key Vault through a
        // managed identity, so no secret is written into any output.
        import DSL

        let deployment = Deployment("orders-api", resourceGroup: "rg-orders-api", region: .westEurope) {
            Tag("workload", "orders-api")

            VirtualNetwork("vnet-orders-api", addressSpace: "10.40.0.0/16") {
                Subnet("snet-appgw", "10.40.0.0/24", role: .applicationGateway)
            }

            // The vault and its certificate exist already (import the PFX once); the gateway
            // reads it with this identity.
            ManagedIdentity("id-orders-api-certificates")
            KeyVault("kv-orders-api", existing: true)

            APIManagement("apim-orders-api", sku: .developer, organization: "Contoso", adminEmail: "api-owners@contoso.com") {
                CustomHostname(.gateway, "api.contoso.com",
                               certificate: .keyVault(vault: "kv-orders-api", certificate: "api-contoso-com", identity: "id-orders-api-certificates"))
                API("orders", path: "orders", serviceURL: "https://orders.contoso.com/api", exposure: .external) {
                    APIOperation("list-orders", .get, "/orders")
                    APIOperation("get-order", .get, "/orders/{orderId}")
                }
            }

            PublicIPAddress("pip-orders-api", zones: [1, 2, 3], domainNameLabel: "orders-api-contoso")
            WAFPolicy("waf-orders-api", mode: .prevention) {
                ManagedRuleSet(.owasp3_2)
            }
            ApplicationGateway("agw-orders-api", capacity: .autoscale(minimum: 2, maximum: 4), zones: [1, 2, 3],
                               publicIP: "pip-orders-api", firewallPolicy: "waf-orders-api") {
                Expose(.gateway, redirectHTTP: true)
            }

            // Environments deploy side by side: dev gets its own resource group and names (-dev).
            // Environment("dev") { APIManagementScale(sku: .developer); FirewallMode(.detection) }
            // Environment("prod", production: true)
        }

        """
}
