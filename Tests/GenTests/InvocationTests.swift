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
        #expect(try Invocation.parse(["--help"]).command == .help(nil))
        #expect(try Invocation.parse(["help"]).command == .help(nil))
        #expect(try Invocation.parse(["terraform", "-h"]).command == .help("terraform"))
        #expect(try Invocation.parse(["help", "terraform"]).command == .help("terraform"))
        #expect(try Invocation.parse(["--version"]).command == .version)
    }

    @Test func severalFormatsInOneCallRenderInFormatOrder() throws {
        #expect(try Invocation.parse(["bicep", "terraform", "bicep"]).command == .render([.terraform, .bicep]))
        #expect(try Invocation.parse(["terraform", "all"]).command == .render(OutputFormat.allCases))
    }

    @Test func optionsTakeEqualsValuesAndShortForms() throws {
        let invocation = try Invocation.parse(["validate", "--manifest=x/Deployment.swift", "-q"])
        #expect(invocation.manifest == "x/Deployment.swift" && invocation.quiet)
        #expect(try Invocation.parse(["arm", "--output=build"]).output == "build")
        #expect(throws: InvocationError.self) { try Invocation.parse(["arm", "--check=yes"]) }
        #expect(throws: InvocationError.self) { try Invocation.parse(["arm", "--output="]) }
    }

    @Test func typosGetADidYouMean() {
        func error(_ arguments: [String]) -> InvocationError? {
            do { _ = try Invocation.parse(arguments); return nil } catch { return error }
        }
        #expect(error(["terraformm"])?.suggestion == "terraform")
        #expect(error(["valdiate"])?.suggestion == "validate")
        #expect(error(["terraform", "--outptu", "x"])?.suggestion == "--output")
        #expect(error(["terraform", "bicpe"])?.suggestion == "bicep")
        #expect(error(["frobnicate"])?.suggestion == nil)
        #expect(error(["validate", "--check"])?.message == "--check does not go with validate")
        #expect(error(["help", "nope"]) != nil)
    }

    @Test func aUsageErrorIsShortAndSaysWhereTheHelpIs() throws {
        let description = InvocationError.unknownCommand("terraformm").description
        #expect(description == """
            error: unknown command 'terraformm'
            hint: did you mean 'terraform'?
            usage: gen <command> [<format> …] [--manifest PATH] [--output DIR] [--check] [--quiet]
            see 'gen help' for the commands
            """)
    }

    @Test func eachCommandHasItsOwnHelp() throws {
        for command in CommandHelp.commands {
            let help = try #require(CommandHelp.help(for: command.name), "\(command.name)")
            #expect(help.hasPrefix("OVERVIEW: \(command.summary)"))
            #expect(help.contains("USAGE: gen \(command.name)"))
            #expect(help.contains("EXIT CODES:"))
            for option in command.options { #expect(help.contains(option), "\(command.name) lacks \(option)") }
        }
        #expect(CommandHelp.help(for: "json")?.contains("  --check") == false, "only the options a command takes")
        #expect(CommandHelp.usage.contains("See 'gen help <command>'"))
    }
}
