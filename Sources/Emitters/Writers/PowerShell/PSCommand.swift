/// A command invocation: `New-AzResourceGroup -Name 'rg' -Location $Location -Force`.
public struct PSCommand: Hashable, Sendable {
    public var name: String
    public var arguments: [PSArgument]

    public init(_ name: String, _ arguments: [PSArgument] = []) {
        self.name = name
        self.arguments = arguments
    }

    /// `Write-Information -MessageData <message> -InformationAction Continue`: shown by default,
    /// and still redirectable (`6>`), unlike `Write-Host`.
    public static func writeInformation(_ message: PSExpression) -> PSCommand {
        PSCommand("Write-Information", [
            .named("MessageData", message), .named("InformationAction", .bareword("Continue")),
        ])
    }

    /// `Write-Progress -Activity <activity> -Status <status> [-PercentComplete n]`.
    public static func writeProgress(
        activity: PSExpression, status: PSExpression, percentComplete: Int? = nil
    ) -> PSCommand {
        var arguments: [PSArgument] = [.named("Activity", activity), .named("Status", status)]
        if let percentComplete { arguments.append(.named("PercentComplete", .int(percentComplete))) }
        return PSCommand("Write-Progress", arguments)
    }

    /// The same call splatted: `$variable = @{ ... }` then `Name @variable`, with positional
    /// arguments kept on the command and switches as `$true`/`$false` entries.
    public func splatted(as variable: String) -> [PSStatement] {
        var entries: [PSHashEntry] = []
        var kept: [PSArgument] = []
        for argument in arguments {
            switch argument {
            case .named(let name, let value): entries.append(PSHashEntry(name, value))
            case .switch(let name): entries.append(PSHashEntry(name, .bool(true)))
            case .switchValue(let name, let on): entries.append(PSHashEntry(name, .bool(on)))
            case .positional, .splat: kept.append(argument)
            }
        }
        return [
            .assign(.variable(variable), .hashtable(entries)),
            .expression(.command(PSCommand(name, kept + [.splat(variable)]))),
        ]
    }
}
