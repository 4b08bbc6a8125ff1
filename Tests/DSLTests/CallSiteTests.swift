import DSL
import Testing

/// A declaration written in a helper and placed by a loop is one line for the user: its
/// problems are reported once, with a note at the call.
@Suite struct CallSiteTests {
    static func api(_ index: Int) -> API {
        API("api \(index)!", path: "p\(index)", serviceURL: "https://b\(index).contoso.com", exposure: .external)
    }

    static let helperLine = #line - 3

    static func deployment() -> (Deployment, callLine: Int) {
        var callLine = 0
        let deployment = Deployment("calls", resourceGroup: "rg-calls", region: .westEurope) {
            APIManagement("apim-calls", sku: .developer, organization: "Contoso", adminEmail: "ops@contoso.com") {
                for index in 0..<4 {
                    Self.api(index); let _ = { callLine = #line }()
                }
                API("direct", path: "direct", serviceURL: "https://direct.contoso.com")
            }
        }
        return (deployment, callLine)
    }

    @Test func aHelpersDeclarationsAreRecordedWithTheirCall() throws {
        let (deployment, callLine) = Self.deployment()
        #expect(deployment.callSites.count == 1, "four calls from one line are one call site; the direct API has none")
        let site = try #require(deployment.callSites.first)
        #expect(site.location.line == Self.helperLine)
        #expect(site.calledFrom.line == callLine)
        #expect(site.calledFrom.file == site.location.file)
    }

    @Test func theSameProblemFromOneLineIsOneDiagnosticWithTheCallAsANote() throws {
        let (deployment, callLine) = Self.deployment()
        let raw = Fixtures.diagnostics(of: deployment).filter { $0.message.hasPrefix("invalid API name") }
        #expect(raw.count == 4)
        let explained = raw.sortedByLocation.explained(by: deployment.callSites)
        let diagnostic = try #require(explained.first)
        #expect(explained.count == 1)
        #expect(diagnostic.message.hasPrefix("invalid API name 'api 0!'"))
        #expect(diagnostic.notes.contains { $0.message == "the same error for 3 more declarations made here (a loop or a helper): 'api 1!', 'api 2!', 'api 3!'" })
        #expect(diagnostic.notes.contains { $0.message == "declared by a helper called here" && $0.location?.line == callLine }, "\(diagnostic.notes) \(deployment.callSites) \(diagnostic.location)")
    }

    @Test func differentProblemsOrLinesStaySeparate() {
        let at = SourceLocation(file: "Deployment.swift", line: 3, column: 5)
        let diagnostics: [Diagnostic] = [
            .error("invalid API name 'a b'", at: at), .warning("invalid API name 'c d'", at: at),
            .error("duplicate API path name 'x'", at: at), .error("invalid API name 'e f'", at: SourceLocation(file: "Deployment.swift", line: 4, column: 5)),
        ]
        #expect(diagnostics.explained(by: []) == diagnostics)
    }
}
