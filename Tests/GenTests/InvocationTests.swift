import Emitters
import Testing
@testable import GenDriver

@Suite struct InvocationTests {
    @Test func defaultsAreTheCurrentFoldersManifestAndOut() throws {
        let invocation = try Invocation.parse(["terraform"])
        #expect(invocation.command == .render([.terraform]))
        #expect(invocation.manifest == "Deployment.swift")
        #expect(invocation.output == "out")
        #expect(!invocation.check)
    }

    @Test func allRendersEveryFormatInOrder() throws {
        #expect(try Invocation.parse(["all"]).command == .render(OutputFormat.allCases))
    }

    @Test func optionsTakeTheirValues() throws {
        let invocation = try Invocation.parse(["arm", "--manifest", "x/Deployment.swift", "--output", "build", "--check"])
        #expect(invocation.manifest == "x/Deployment.swift" && invocation.output == "build" && invocation.check)
        #expect(try Invocation.parse(["json", "--resolved"]).command == .json(resolved: true))
    }

    @Test(arguments: [["frobnicate"], [], ["terraform", "--manifest"], ["terraform", "--bogus"], ["json", "--check"], ["validate", "--resolved"],
                      ["terraform", "--output", "--check"]])
    func malformedCommandLinesAreUsageErrors(_ arguments: [String]) {
        #expect(throws: InvocationError.self) { try Invocation.parse(arguments) }
    }

    @Test func helpAndVersion() throws {
        #expect(try Invocation.parse(["--help"]).command == .help)
        #expect(try Invocation.parse(["terraform", "-h"]).command == .help)
        #expect(try Invocation.parse(["--version"]).command == .version)
    }
}
