import Emitters

/// A parsed `gen` command line.
public struct Invocation: Equatable, Sendable {
    /// What `gen` was asked to do.
    public enum Command: Equatable, Sendable {
        case json(resolved: Bool)
        case validate
        case render([OutputFormat])
        case help
        case version
    }

    public var command: Command
    public var manifest = "Deployment.swift"
    public var output = "out"
    /// Render into memory and compare with the output folder instead of writing.
    public var check = false

    public static let usage = """
        OVERVIEW: Render an API Management + Application Gateway deployment, described once in a
        Deployment.swift manifest, to Terraform, Az PowerShell, ARM, Bicep, Azure DevOps YAML, a
        GitHub Actions workflow, APIM policy XML, an architecture diagram and an operations runbook.

        USAGE: gen <command> [--manifest PATH] [--output DIR] [--check]

        COMMANDS:
          json          Print the evaluated manifest as JSON (--resolved: after resolve)
          validate      Check the manifest and print its diagnostics
          terraform     Write DIR/terraform/   (azurerm 4.x root module)
          powershell    Write DIR/powershell/  (Az PowerShell deploy.ps1)
          arm           Write DIR/arm/         (azuredeploy.json + parameters)
          bicep         Write DIR/bicep/       (main.bicep + main.bicepparam)
          pipeline      Write DIR/pipeline/    (azure-pipelines.yml, Azure DevOps)
          github        Write DIR/github/      (deploy.yml, GitHub Actions: copy to .github/workflows/)
          policies      Write DIR/policies/    (APIM policy XML, APIOps layout)
          diagram       Write DIR/diagram/     (architecture.mmd Mermaid + architecture.dot Graphviz;
                        also architecture.svg when Graphviz `dot` is on the PATH, never required)
          docs          Write DIR/docs/        (RUNBOOK.md: host names, DNS, certificates, NSG, WAF,
                        verification commands, pitfalls)
          all           Write every format above

        OPTIONS:
          --manifest PATH   The manifest to evaluate (default: ./Deployment.swift)
          --output DIR      The output root (default: ./out)
          --check           Do not write; exit 1 if DIR differs from what would be written
          --resolved        With json: print the resolved model
          -h, --help        Show this help
          --version         Show the version

        EXIT CODES: 0 success, 1 manifest or validation errors (or drift with --check),
        2 usage errors, 3 internal errors.
        """

    public static func parse(_ arguments: [String]) throws(InvocationError) -> Invocation {
        var remaining = arguments[...]
        guard let word = remaining.popFirst() else { throw InvocationError("missing command") }
        var resolved = false
        var invocation: Invocation
        switch word {
        case "-h", "--help", "help": return Invocation(command: .help)
        case "--version", "version": return Invocation(command: .version)
        case "json": invocation = Invocation(command: .json(resolved: false))
        case "validate": invocation = Invocation(command: .validate)
        case "all": invocation = Invocation(command: .render(OutputFormat.allCases))
        default:
            guard let format = OutputFormat(rawValue: word) else { throw InvocationError("unknown command '\(word)'") }
            invocation = Invocation(command: .render([format]))
        }
        while let option = remaining.popFirst() {
            switch option {
            case "--manifest", "--output":
                guard let value = remaining.popFirst(), !value.hasPrefix("--") else { throw InvocationError("\(option) needs a value") }
                if option == "--manifest" { invocation.manifest = value } else { invocation.output = value }
            case "--check":
                guard case .render = invocation.command else { throw InvocationError("--check goes with a format or all") }
                invocation.check = true
            case "--resolved":
                guard case .json = invocation.command else { throw InvocationError("--resolved goes with json") }
                resolved = true
            case "-h", "--help":
                return Invocation(command: .help)
            default:
                throw InvocationError("unknown option '\(option)'")
            }
        }
        if case .json = invocation.command { invocation.command = .json(resolved: resolved) }
        return invocation
    }
}

/// A command line `gen` does not understand (exit 2).
public struct InvocationError: Error, Equatable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
