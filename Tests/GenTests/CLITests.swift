import Foundation
import Testing

/// The `gen` executable end to end, through the real manifest loader.
@Suite struct CLITests {
    @Test func jsonPrintsEveryValueOfTheLearnSample() throws {
        let run = try TestSupport.runGen(["json", "--manifest", TestSupport.manifestPath("learn-internal-vnet")])
        #expect(run.status == 0, "\(run.standardError)")
        for value in ["apim-appGw-RG", "\"westus\"", "appgwvnet", "10.0.0.0/16", "appGatewaySubnet", "10.0.0.0/24", "apimSubnet", "10.0.1.0/24",
                      "ContosoApi", "\"Developer\"", "\"Contoso\"", "\"Internal\"", "api.contoso.net", "portal.contoso.net",
                      "management.contoso.net", "contoso.net", "publicIP01", "apim-app-gw", "WAF_v2", "Prevention",
                      "AppGwSslPolicy20170401S", "whitelistcert1", "gatewayCertPfxPassword"] {
            #expect(run.standardOutput.contains(value), "gen json lacks \(value)")
        }
    }

    @Test func resolvedJSONHasTheWalkthroughsProbesAndPortalExclusions() throws {
        let run = try TestSupport.runGen(["json", "--resolved", "--manifest", TestSupport.manifestPath("learn-internal-vnet")])
        #expect(run.status == 0, "\(run.standardError)")
        for value in ["/status-0123456789abcdef", "/signin", "/ServiceStatus", "apimgatewayprobe", "apimPoolPortalSetting", "942200", "942440"] {
            #expect(run.standardOutput.contains(value), "gen json --resolved lacks \(value)")
        }
    }

    @Test func misspeltDSLTypeFailsWithTheUsersLocation() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(TestSupport.manifestPath("learn-internal-vnet")), encoding: .utf8)
        let broken = sample.replacingOccurrences(of: "PublicIPAddress(\"publicIP01\")", with: "PublicIPAdress(\"publicIP01\")")
        try broken.write(to: folder.appendingPathComponent("Deployment.swift"), atomically: true, encoding: .utf8)
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("PublicIPAdress") }! + 1

        let run = try TestSupport.runGen(["all"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("Deployment.swift:\(line):5: error: cannot find 'PublicIPAdress' in scope"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "nothing may be written")
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try TestSupport.runGen(["frobnicate"]).status == 2)
        #expect(try TestSupport.runGen(["terraform", "--bogus"]).status == 2)
        #expect(try TestSupport.runGen([]).status == 2)
        let help = try TestSupport.runGen(["--help"])
        #expect(help.status == 0 && help.standardOutput.contains("USAGE: gen <command>"))
    }

    @Test func usageErrorsDoNotPrintTheWholeHelp() throws {
        let run = try TestSupport.runGen(["terraformm"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("hint: did you mean 'terraform'?"))
        #expect(!run.standardError.contains("COMMANDS:"))
        let help = try TestSupport.runGen(["help", "terraform"])
        #expect(help.status == 0 && help.standardOutput.hasPrefix("OVERVIEW: Write DIR/terraform/"))
        #expect(try TestSupport.runGen(["terraform", "--help"]).standardOutput == help.standardOutput)
    }

    /// `gen init` in an empty folder writes a manifest that validates without a warning and
    /// renders, the editor set-up pointing at the DSL module, and a .gitignore; a second run
    /// changes nothing.
    @Test func initStartsAProjectThatRenders() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = try TestSupport.runGen(["init"], in: folder)
        #expect(started.status == 0, "\(started.standardError)")
        #expect(started.standardOutput.contains("wrote compile_flags.txt"))
        let flags = try String(contentsOf: folder.appendingPathComponent("compile_flags.txt"), encoding: .utf8).split(separator: "\n")
        #expect(flags.first == "-I")
        #expect(FileManager.default.fileExists(atPath: "\(flags[1])/DSL.swiftmodule"), "compile_flags.txt must name the folder of DSL.swiftmodule")
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8).contains("out/"))
        let validated = try TestSupport.runGen(["validate"], in: folder)
        #expect(validated.status == 0 && validated.standardOutput.contains("ok (0 warnings)"), "\(validated.standardError)")
        let rendered = try TestSupport.runGen(["all", "--quiet"], in: folder)
        #expect(rendered.status == 0, "\(rendered.standardError)")
        #expect(rendered.standardOutput.isEmpty, "--quiet prints nothing on success")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/terraform/main.tf").path))
        let again = try TestSupport.runGen(["init"], in: folder)
        #expect(again.status == 1 && again.standardError.contains("gen init never overwrites"), "\(again.standardError)")
        // In an existing project, only what is missing.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("compile_flags.txt"))
        let editor = try TestSupport.runGen(["init"], in: folder)
        #expect(editor.status == 0 && editor.standardOutput.contains("wrote compile_flags.txt") && !editor.standardOutput.contains("wrote Deployment.swift"))
    }

    @Test func checkDetectsAOneByteDrift() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = TestSupport.manifestPath("learn-internal-vnet")
        let output = folder.appendingPathComponent("out").path
        let written = try TestSupport.runGen(["all", "--manifest", manifest, "--output", output])
        #expect(written.status == 0, "\(written.standardError)")
        #expect(try TestSupport.runGen(["all", "--check", "--manifest", manifest, "--output", output]).status == 0)

        let files = GoldenTests.listFiles(in: URL(fileURLWithPath: output)).filter { $0.contains("/") }
        try #require(!files.isEmpty, "gen all wrote no files")
        let victim = URL(fileURLWithPath: output).appendingPathComponent(files[0])
        var bytes = try Data(contentsOf: victim)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: victim)
        let drift = try TestSupport.runGen(["all", "--check", "--manifest", manifest, "--output", output])
        #expect(drift.status == 1)
        let shown = URL(fileURLWithPath: output).appendingPathComponent(files[0]).relativePath
        #expect(drift.standardError.contains("--- \(shown) (on disk)\n+++ \(shown) (from the manifest)\n@@ -"), "\(drift.standardError)")
        #expect(drift.standardError.split(separator: "\n").contains { $0.hasPrefix("-") && !$0.hasPrefix("---") }, "the changed line as it is on disk")
    }
}

/// A manifest that traps is located at its line whatever form `--manifest` takes.
@Suite struct ManifestTrapLocationTests {
    @Test(arguments: ["case/Deployment.swift", "./case/../case/Deployment.swift", "ABSOLUTE"])
    func aTrapIsLocatedWithARelativeOrAbsoluteManifestPath(_ form: String) throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let crash = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/invalid/crash-at-run-time/Deployment.swift")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("case"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: crash, to: folder.appendingPathComponent("case/Deployment.swift"))
        let path = form == "ABSOLUTE" ? folder.appendingPathComponent("case/Deployment.swift").path : form
        let run = try TestSupport.runGen(["validate", "--manifest", path], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("\(path):4:22: error: the manifest crashed while running: Fatal error: Index out of range"), "\(run.standardError)")
    }
}
