import Emitters

/// The commands and options `gen` documents: one table drives the overview, each command's
/// own help (`gen help terraform`, `gen terraform --help`) and the "did you mean" hints.
public enum CommandHelp {
    /// One command as `gen help` lists it.
    public struct Command: Sendable {
        public var name: String
        public var summary: String
        /// The options it takes, by name (`Option.all`).
        public var options: [String]
        /// Paragraphs shown by its own help, after the usage line.
        public var discussion: String
    }

    public struct Option: Sendable {
        public var name: String
        public var argument: String?
        public var summary: String

        var label: String { argument.map { "\(name) \($0)" } ?? name }

        public static let all: [Option] = [
            Option(name: "--manifest", argument: "PATH", summary: "The manifest to evaluate (default: ./Deployment.swift)"),
            Option(name: "--output", argument: "DIR", summary: "The output root (default: ./out)"),
            Option(name: "--check", argument: nil, summary: "Do not write; exit 1 and print a unified diff if DIR differs"),
            Option(name: "--resolved", argument: nil, summary: "Print the model after resolve (defaults, derived resources)"),
            Option(name: "--quiet", argument: nil, summary: "Print only warnings and errors (also -q)"),
            Option(name: "--help", argument: nil, summary: "Show this help (also -h)"),
        ]
    }

    static let renderOptions = ["--manifest", "--output", "--check", "--quiet", "--help"]

    public static let commands: [Command] = [
        Command(name: "init", summary: "Write a starter Deployment.swift, the editor set-up and a .gitignore",
                options: ["--manifest", "--quiet", "--help"],
                discussion: """
                    Writes the manifest (secure defaults, commented), compile_flags.txt beside it so that \
                    SourceKit-LSP finds the DSL module (completion, hover docs, diagnostics), and a .gitignore \
                    for out/ and Terraform's local files. Existing files are never overwritten.
                    """),
        Command(name: "validate", summary: "Check the manifest and print its diagnostics", options: ["--manifest", "--quiet", "--help"], discussion: ""),
        Command(name: "json", summary: "Print the evaluated manifest as JSON", options: ["--manifest", "--resolved", "--help"], discussion: ""),
    ] + OutputFormat.allCases.map { format in
        Command(name: format.rawValue, summary: format.summary, options: renderOptions,
                discussion: "Several formats go in one call: gen \(format.rawValue) \(format == .terraform ? "bicep" : "terraform") --output out")
    } + [
        Command(name: "all", summary: "Write every format above", options: renderOptions, discussion: ""),
        Command(name: "help", summary: "Show the help of gen or of one command (gen help terraform)", options: [], discussion: ""),
        Command(name: "version", summary: "Show the version (also --version)", options: [], discussion: ""),
    ]

    static let overview = """
        OVERVIEW: Render an API Management + Application Gateway deployment, described once in a
        Deployment.swift manifest, to Terraform, Az PowerShell, ARM, Bicep, Azure DevOps YAML, a
        GitHub Actions workflow, APIM policy XML, an architecture diagram and an operations runbook.
        """

    static let exitCodes = """
        EXIT CODES:
          0  success
          1  manifest or validation errors, drift with --check, or an environment problem
          2  usage errors (an unknown command or option, a missing value)
          3  an internal error in gen
        """

    /// `gen help`: every command and option.
    public static var usage: String {
        let width = commands.map(\.name.count).max()! + 2
        let rows = commands.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + $0.summary }
        return """
            \(overview)

            USAGE: gen <command> [<format> …] [--manifest PATH] [--output DIR] [--check] [--quiet]

            COMMANDS:
            \(rows.joined(separator: "\n"))

            \(optionsSection(Option.all.map(\.name) + ["--version"]))

            See 'gen help <command>' for one command's options.

            \(exitCodes)
            """
    }

    /// `gen help <command>`.
    public static func help(for name: String) -> String? {
        guard let command = commands.first(where: { $0.name == name }) else { return nil }
        let arguments = command.options.filter { $0 != "--help" }.compactMap { name in Option.all.first { $0.name == name } }.map { "[\($0.label)]" }
        let formats = OutputFormat(rawValue: name) != nil || name == "all" ? " [<format> …]" : ""
        var text = "OVERVIEW: \(command.summary)\n\nUSAGE: gen \(command.name)\(formats)\(arguments.isEmpty ? "" : " " + arguments.joined(separator: " "))"
        if !command.discussion.isEmpty { text += "\n\n\(command.discussion)" }
        if !command.options.isEmpty { text += "\n\n" + optionsSection(command.options) }
        return text + "\n\n" + exitCodes
    }

    private static func optionsSection(_ names: [String]) -> String {
        var options = names.compactMap { name in Option.all.first { $0.name == name } }
        if names.contains("--version") { options.append(Option(name: "--version", argument: nil, summary: "Show the version")) }
        let width = options.map(\.label.count).max()! + 2
        return "OPTIONS:\n" + options.map { "  " + $0.label.padding(toLength: width, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n")
    }

    /// The closest of `candidates` to `word`, if it is near enough to be a typo.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let (best, score) = scored, score <= max(1, min(3, best.count / 3)) || best.hasPrefix(word) && word.count >= 3 else { return nil }
        return best
    }

    /// Edit distance with adjacent transpositions (`bicpe` is one edit from `bicep`).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}

extension OutputFormat {
    /// What the format's command writes, as the help lists it.
    var summary: String {
        switch self {
        case .terraform: "Write DIR/terraform/ (azurerm 4.x root module, a tfvars file per environment)"
        case .powershell: "Write DIR/powershell/ (Az PowerShell deploy.ps1)"
        case .arm: "Write DIR/arm/ (azuredeploy.json + parameter files)"
        case .bicep: "Write DIR/bicep/ (main.bicep + bicepparam files)"
        case .pipeline: "Write DIR/pipeline/ (azure-pipelines.yml, Azure DevOps)"
        case .github: "Write DIR/github/ (deploy.yml, GitHub Actions: copy to .github/workflows/)"
        case .policies: "Write DIR/policies/ (APIM policy XML, APIOps layout)"
        case .diagram: "Write DIR/diagram/ (Mermaid + Graphviz; architecture.svg when dot is on the PATH)"
        case .docs: "Write DIR/docs/ (RUNBOOK.md: host names, DNS, certificates, NSG, WAF, checks)"
        }
    }
}
