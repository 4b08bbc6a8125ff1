import DSL
@testable import Emitters
import Foundation
import GenDriver
import Testing

/// The diagram and the runbook of every sample: what a reviewer and an operator rely on.
@Suite struct DiagramAndDocsTests {
    private func render(_ sample: String) throws -> (resolved: ResolvedDeployment, mermaid: String, dot: String, runbook: String) {
        let resolved = Generation.check(try TestSupport.load(sample)).resolved
        let diagram = DiagramEmitter().emit(resolved), docs = DocsEmitter().emit(resolved)
        func file(_ files: [EmittedFile], _ path: String) -> String { files.first { $0.path == path }?.contents ?? "" }
        return (resolved, file(diagram, "architecture.mmd"), file(diagram, "architecture.dot"), file(docs, "RUNBOOK.md"))
    }

    /// Host names straight from the model, not through the emitters' own topology view.
    private func modelHostNames(_ resolved: ResolvedDeployment) -> Set<String> {
        var names = Set<String>()
        for listener in resolved.applicationGateway?.listeners ?? [] { names.formUnion(listener.hostNames) }
        names.formUnion(resolved.apiManagement?.hostnames.map(\.hostName) ?? [])
        for pool in resolved.applicationGateway?.backendPools ?? [] { names.formUnion(pool.fqdns) }
        names.formUnion(resolved.applicationGateway?.probes.compactMap(\.host) ?? [])
        for publicIP in resolved.publicIPs {
            if let label = publicIP.domainNameLabel { names.insert("\(label).\(resolved.region.name).cloudapp.azure.com") }
        }
        for zone in resolved.privateDNSZones {
            for record in zone.records { names.insert(record.name == "@" ? zone.name : "\(record.name).\(zone.name)") }
        }
        return names
    }

    @Test(arguments: TestSupport.sampleNames)
    func mermaidIsAFlowchart(_ sample: String) throws {
        let mermaid = try render(sample).mermaid
        #expect(mermaid.hasPrefix("flowchart TB\n"))
    }

    /// GitHub and Azure DevOps render a mermaid block in place: the runbook shows the diagram.
    @Test(arguments: TestSupport.sampleNames)
    func theRunbookEmbedsTheDiagram(_ sample: String) throws {
        let rendered = try render(sample)
        #expect(rendered.runbook.contains("## Architecture\n\n```mermaid\n" + rendered.mermaid + "```\n"))
    }

    @Test(arguments: TestSupport.sampleNames)
    func everyHostNameAppearsInTheDiagramsAndTheRunbook(_ sample: String) throws {
        let rendered = try render(sample)
        let names = modelHostNames(rendered.resolved)
        #expect(!names.isEmpty)
        for name in names.sorted() {
            #expect(rendered.mermaid.contains(name), "\(sample): architecture.mmd lacks \(name)")
            #expect(rendered.dot.contains(name), "\(sample): architecture.dot lacks \(name)")
            #expect(rendered.runbook.contains(name), "\(sample): RUNBOOK.md lacks \(name)")
        }
    }

    /// Each environment has its own diagram with its own names and host names, and the runbook
    /// links it and lists what the environment deploys.
    @Test(arguments: ["private-endpoint-zero-trust", "public-apim-behind-gateway"])
    func everyEnvironmentHasItsDiagramAndItsRunbookColumn(_ sample: String) throws {
        let resolved = Generation.check(try TestSupport.load(sample)).resolved
        let diagrams = DiagramEmitter().emit(resolved)
        let runbook = DocsEmitter().emit(resolved).first { $0.path == "RUNBOOK.md" }?.contents ?? ""
        try #require(resolved.environments.count > 1)
        for environment in resolved.environments {
            let mermaid = diagrams.first { $0.path == "environments/\(environment.name).mmd" }?.contents ?? ""
            let dot = diagrams.first { $0.path == "environments/\(environment.name).dot" }?.contents ?? ""
            #expect(mermaid.hasPrefix("flowchart "), "\(environment.name)")
            #expect(runbook.contains("](../diagram/environments/\(environment.name).mmd)"), "\(environment.name)")
            for name in modelHostNames(environment.deployment).sorted() {
                #expect(mermaid.contains(name), "\(environment.name).mmd lacks \(name)")
                #expect(dot.contains(name), "\(environment.name).dot lacks \(name)")
            }
            let apim = try #require(environment.deployment.apiManagement)
            for name in [environment.resourceGroup, apim.name] + apim.hostnames.map(\.hostName) {
                #expect(runbook.contains("`\(name)`"), "RUNBOOK.md lacks \(environment.name)'s \(name)")
            }
            #expect(mermaid.contains("API Management \(apim.name)<br>\(apim.sku.rawValue)"), "\(environment.name)")
        }
    }

    /// Where the service could be reached around the gateway, the runbook has the operator try
    /// it and expect the restriction's 403; where it cannot (internal network), it says nothing.
    @Test(arguments: [("public-apim-behind-gateway", true), ("private-endpoint-zero-trust", true), ("learn-internal-vnet", false)])
    func runbookTriesADirectCallAroundTheGateway(_ sample: String, restricted: Bool) throws {
        let rendered = try render(sample)
        #expect((rendered.resolved.gatewayOnlyRestriction != nil) == restricted)
        #expect(rendered.runbook.contains("### Direct calls around the gateway") == restricted)
        if restricted, let host = rendered.resolved.apiManagement?.defaultHost(.gateway) {
            #expect(rendered.runbook.contains("# expect 403\ncurl --silent --output /dev/null --write-out '%{http_code}\\n' https://\(host)/"))
        }
    }

    @Test(arguments: TestSupport.sampleNames)
    func runbookHasTheBackendHealthChecksAndTheWAFMode(_ sample: String) throws {
        let rendered = try render(sample)
        #expect(rendered.runbook.contains("Get-AzApplicationGatewayBackendHealth -ResourceGroupName") || rendered.runbook.contains("Get-AzApplicationGatewayBackendHealth `"))
        #expect(rendered.runbook.contains("az network application-gateway show-backend-health"))
        #expect(rendered.runbook.contains("curl --silent --output /dev/null --write-out '%{http_code}\\n' --resolve"))
        if !rendered.resolved.privateDNSZones.isEmpty || !rendered.resolved.privateEndpoints.isEmpty {
            #expect(rendered.runbook.contains("nslookup "))
        }
        #expect(rendered.runbook.contains("**Prevention** mode"))
        #expect(rendered.mermaid.contains("mode Prevention"))
    }

    @Test(arguments: TestSupport.sampleNames)
    func everyAPIIsMarkedInternalOrExternal(_ sample: String) throws {
        let rendered = try render(sample)
        for api in rendered.resolved.apiManagement?.content.apis ?? [] {
            let routes = rendered.resolved.routes(reaching: api).map(\.path)
            let mark = api.exposure == .external ? "external: published at \(routes.joined(separator: ", "))" : "internal: VNet only"
            #expect(api.exposure == .external ? !routes.isEmpty : routes.isEmpty, "\(sample): \(api.name) is \(api.exposure) but published at \(routes)")
            #expect(rendered.mermaid.contains("API \(api.displayName)<br>/\(api.path)<br>\(mark)"))
        }
    }

    @Test(.enabled(if: DiagramAndDocsTests.graphviz != nil), arguments: TestSupport.sampleNames)
    func dotRendersWithGraphviz(_ sample: String) throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("architecture.dot")
        try Data(try render(sample).dot.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.graphviz!)
        process.arguments = ["-Tsvg", "-o", folder.appendingPathComponent("architecture.svg").path, input.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(messages)")
        #expect(messages.isEmpty, "dot warned: \(messages)")
        let svg = try String(contentsOf: folder.appendingPathComponent("architecture.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        // Readable at page width: no long strip (left to right, the samples were up to 8:1).
        let size = svg.firstMatch(of: /<svg width="(\d+)pt" height="(\d+)pt"/).map { (Double($0.1)!, Double($0.2)!) }
        let (width, height) = try #require(size)
        #expect(width / height < 4.5, "\(sample): \(width) × \(height) pt")
    }

    @Test func genWritesTheSVGWhenGraphvizIsThereAndCheckIgnoresIt() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = TestSupport.packageRoot.appendingPathComponent(TestSupport.manifestPath("zero-trust-keyvault")).path
        let output = folder.appendingPathComponent("out").path
        let run = try TestSupport.runGen(["diagram", "--manifest", manifest, "--output", output])
        #expect(run.status == 0, "\(run.standardError)")
        let svg = FileManager.default.fileExists(atPath: output + "/diagram/architecture.svg")
        #expect(svg == (Self.graphviz != nil))
        let check = try TestSupport.runGen(["diagram", "--check", "--manifest", manifest, "--output", output])
        #expect(check.status == 0, "\(check.standardError)")
    }

    static var graphviz: String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
