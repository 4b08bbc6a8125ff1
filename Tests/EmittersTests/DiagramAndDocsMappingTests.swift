import DSL
import Testing
@testable import Emitters

/// The non-obvious mappings of the diagram and docs formats, on a small model built in code.
@Suite struct DiagramAndDocsMappingTests {
    static let here = SourceLocation.derived

    static var resolved: ResolvedDeployment {
        let apim = APIManagement(
            name: "apim-test", sku: .developer, publisherName: "Contoso", publisherEmail: "a@contoso.com", virtualNetwork: .internal, subnet: "snet-apim",
            hostnames: [CustomHostname(kind: .gateway, hostName: "api.contoso.com", certificate: .pfx(path: "gw.pfx", password: .parameter("pw")), location: here)],
            content: APIManagementContent(apis: [API(name: "orders", path: "external/orders", exposure: .external, location: here),
                                                 API(name: "stock", path: "internal/stock", location: here)]),
            location: here)
        let gateway = ApplicationGateway(name: "agw-test", frontend: .init(publicIP: "pip-test"),
                                         exposures: [EndpointExposure(endpoint: .gateway, paths: ["/external/*"], redirectHTTP: true, location: here)], location: here)
        let network = VirtualNetwork(name: "vnet-test", addressSpace: ["10.1.0.0/16"], subnets: [
            Subnet(name: "snet-agw", addressPrefix: "10.1.0.0/24", role: .applicationGateway, location: here),
            Subnet(name: "snet-apim", addressPrefix: "10.1.1.0/24", role: .apiManagement, location: here),
        ], location: here)
        let deployment = Deployment(name: "test", resourceGroup: "rg-test", region: "westeurope", virtualNetwork: network,
                                    publicIPs: [PublicIPAddress(name: "pip-test", domainNameLabel: "edge", location: here)],
                                    privateDNSZones: [PrivateDNSZone(name: "contoso.com", location: here)],
                                    apiManagement: apim, applicationGateway: gateway, location: here)
        return Resolver.resolve(deployment).0
    }

    @Test func endpointsWithoutCustomHostNamesUseTheDefaultAzureAPINames() {
        let endpoints = EdgeTopology(Self.resolved).endpoints
        #expect(endpoints.map(\.hostName) == ["api.contoso.com", "apim-test.developer.azure-api.net", "apim-test.management.azure-api.net"])
        #expect(endpoints.map { $0.custom != nil } == [true, false, false])
    }

    @Test func publicDNSNameComesFromTheLabelAndTheRegion() {
        let topology = EdgeTopology(Self.resolved)
        #expect(topology.gatewayPublicIP.flatMap(topology.fqdn(of:)) == "edge.westeurope.cloudapp.azure.com")
        #expect(topology.hostNames.contains("edge.westeurope.cloudapp.azure.com"))
    }

    @Test func gatewayPathPatternsMatchAsPrefixesOnlyWithAStar() {
        #expect(Runbook.path("/external/orders", matches: "/external/*"))
        #expect(!Runbook.path("/internal/stock", matches: "/external/*"))
        #expect(Runbook.path("/exact", matches: "/exact"))
        #expect(!Runbook.path("/exact/more", matches: "/exact"))
    }

    /// The indexes the request checks use agree with the pattern rule on every pair.
    @Test func theLinearPathIndexesAgreeWithThePatternRule() {
        var generator = SystemRandomNumberGenerator()
        let words = ["a", "ab", "orders", "orders-v2", "external", "x"]
        func path() -> String { (0..<Int.random(in: 1...3, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: "/") }
        for _ in 0..<50 {
            let apis = (0..<8).map { API(name: "api\($0)", path: path(), location: SourceLocation(file: "t", line: $0, column: 1)) }
            let patterns = (0..<5).map { _ in "/" + path() + (Bool.random(using: &generator) ? "*" : (Bool.random(using: &generator) ? "/*" : "")) }
            let index = Runbook.APIPathIndex(apis), matcher = Runbook.PathPatterns(patterns)
            for pattern in patterns {
                #expect(index.apis(matching: pattern).map(\.name) == apis.filter { Runbook.path("/" + $0.path, matches: pattern) }.map(\.name), "\(pattern)")
            }
            for api in apis {
                #expect(matcher.match("/" + api.path) == patterns.contains { Runbook.path("/" + api.path, matches: $0) }, "\(api.path) \(patterns)")
            }
        }
    }

    @Test func runbookExpectsAPIManagementOnPublishedPaths502ElsewhereAnd301ForHTTP() {
        let runbook = DocsEmitter().emit(Self.resolved)[0].contents
        #expect(runbook.contains("| `https://api.contoso.com/external/orders` | `gatewaylistener` | **401 or 404** |"))
        #expect(runbook.contains("| `https://api.contoso.com/internal/stock` | `gatewaylistener` | **502** |"))
        #expect(runbook.contains("| `https://api.contoso.com/status-0123456789abcdef` | `gatewaylistener` | **502** |"))
        #expect(runbook.contains("| `http://api.contoso.com/` | `gatewayhttplistener` | **301** |"))
        #expect(runbook.contains("| `api.contoso.com` | CNAME | `edge.westeurope.cloudapp.azure.com` |"))
    }

    @Test func runbookNamesTheMissingManagementEndpointOnlyWhenThePortalIsPublished() {
        let runbook = DocsEmitter().emit(Self.resolved)[0].contents
        #expect(!runbook.contains("Developer portal needs the management endpoint"))
        #expect(runbook.contains("**Probe host header.**"))
        #expect(runbook.contains("**DNS cached by the gateway.**"))
    }

    @Test func diagramRoutesThePathMapToThePoolAndThePoolToTheAPIManagementGateway() {
        let files = DiagramEmitter().emit(Self.resolved)
        let mermaid = files.first { $0.path == "architecture.mmd" }!.contents
        #expect(mermaid.contains(#"pathMap1 -->|"/external/* · apimPoolGatewaySetting: HTTPS 443, probe /status-0123456789abcdef"| pool1"#))
        #expect(mermaid.contains(#"pathMap1 -->|"any other path"| pool2"#))
        #expect(mermaid.contains(#"pool1 -->|"HTTPS"| apimGateway"#))
        #expect(mermaid.contains(#"dnsZone1 -.->|"A api"| apimGateway"#))
        let dot = files.first { $0.path == "architecture.dot" }!.contents
        #expect(dot.contains(#""pool1" -> "apimGateway" [label="HTTPS"];"#))
        #expect(dot.contains(#"subgraph "cluster_gateway" {"#))
    }
}
