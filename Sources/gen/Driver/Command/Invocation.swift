import Emitters

/// A parsed `gen` command line.
public struct Invocation: Equatable, Sendable {
    /// What `gen` was asked to do.
    public enum Command: Equatable, Sendable {
        case json(resolved: Bool)
        case validate
        case render([OutputFormat])
        case initialize
        /// `gen help [command]`, `gen <command> --help`.
        case help(String?)
        case version
    }

    public var command: Command
    public var manifest = "Deployment.swift"
    public var output = "out"
    /// Render into memory and compare with the output folder instead of writing.
    public var check = false
    /// Print only warnings and errors.
    public var quiet = false

    /// `gen help`'s text.
    public static var usage: String { CommandHelp.usage }

    /// Reads `gen <command> [<format> …] [options]`. Options take `--name value` or
    /// `--name=value`; formats may be listed together (`gen terraform bicep`).
    public static func parse(_ arguments: [String]) throws(InvocationError) -> Invocation {
        var remaining = arguments[...]
        guard let word = remaining.popFirst() else { throw InvocationError("missing command") }
        var invocation: Invocation
        var resolved = false
        switch word {
        case "-h", "--help": return Invocation(command: .help(nil))
        case "--version", "version": return Invocation(command: .version)
        case "help":
            guard let topic = remaining.popFirst() else { return Invocation(command: .help(nil)) }
            guard CommandHelp.help(for: topic) != nil else { throw InvocationError.unknownCommand(topic) }
            return Invocation(command: .help(topic))
        case "json": invocation = Invocation(command: .json(resolved: false))
        case "validate": invocation = Invocation(command: .validate)
        case "init": invocation = Invocation(command: .initialize)
        case "all": invocation = Invocation(command: .render(OutputFormat.allCases))
        default:
            guard let format = OutputFormat(rawValue: word) else { throw InvocationError.unknownCommand(word) }
            invocation = Invocation(command: .render([format]))
        }
        let allowed = CommandHelp.commands.first { $0.name == word }?.options ?? []
        while let argument = remaining.popFirst() {
            if !argument.hasPrefix("-"), case .render(var formats) = invocation.command {
                guard let format = argument == "all" ? nil : OutputFormat(rawValue: argument) else {
                    if argument == "all" { invocation.command = .render(OutputFormat.allCases); continue }
                    throw InvocationError("unknown format '\(argument)'", suggestion: CommandHelp.suggestion(for: argument, among: OutputFormat.allCases.map(\.rawValue)))
                }
                if !formats.contains(format) { formats.append(format) }
                invocation.command = .render(OutputFormat.allCases.filter(formats.contains))
                continue
            }
            guard argument.hasPrefix("-") else { throw InvocationError("unexpected argument '\(argument)'", help: word) }
            var name = argument, inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            if name == "-q" { name = "--quiet" }
            guard CommandHelp.Option.all.contains(where: { $0.name == name }) else {
                throw InvocationError("unknown option '\(name)'", suggestion: CommandHelp.suggestion(for: name, among: allowed))
            }
            guard allowed.contains(name) else { throw InvocationError("\(name) does not go with \(word)", help: word) }
            if name == "--help" { return Invocation(command: .help(word)) }
            let takesValue = CommandHelp.Option.all.first { $0.name == name }?.argument != nil
            if !takesValue, inlineValue != nil { throw InvocationError("\(name) takes no value", help: word) }
            switch name {
            case "--manifest", "--output":
                guard let value = inlineValue ?? remaining.popFirst(), !value.isEmpty, inlineValue != nil || !value.hasPrefix("-") else {
                    throw InvocationError("\(name) needs a value", help: word)
                }
                if name == "--manifest" { invocation.manifest = value } else { invocation.output = value }
            case "--check": invocation.check = true
            case "--resolved": resolved = true
            case "--quiet": invocation.quiet = true
            default: break
            }
        }
        if case .json = invocation.command { invocation.command = .json(resolved: resolved) }
        return invocation
    }
}

/// A command line `gen` does not understand (exit 2): the problem, a likely fix, and where
/// the help is.
public struct InvocationError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var suggestion: String?
    /// The command whose help applies (nil: gen's).
    public var help: String?

    init(_ message: String, suggestion: String? = nil, help: String? = nil) {
        self.message = message
        self.suggestion = suggestion
        self.help = help
    }

    static func unknownCommand(_ word: String) -> InvocationError {
        InvocationError("unknown command '\(word)'", suggestion: CommandHelp.suggestion(for: word, among: CommandHelp.commands.map(\.name)))
    }

    /// What gen prints: the error, the suggestion, the usage line and where to read more.
    public var description: String {
        var lines = ["error: \(message)"]
        if let suggestion { lines.append("hint: did you mean '\(suggestion)'?") }
        lines.append("usage: gen <command> [<format> …] [--manifest PATH] [--output DIR] [--check] [--quiet]")
        lines.append(help.map { "see 'gen help \($0)'" } ?? "see 'gen help' for the commands")
        return lines.joined(separator: "\n")
    }
}
