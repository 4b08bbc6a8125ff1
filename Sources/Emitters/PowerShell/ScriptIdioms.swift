import DSL

/// The few shapes every step of the script is made of: get-or-create, create-or-update with
/// `-WhatIf` support, references to the objects earlier steps made.
enum ScriptIdioms {
    static let resourceGroup: PSArgument = .named("ResourceGroupName", .variable("ResourceGroupName"))
    static let location: PSArgument = .named("Location", .variable("Location"))
    static let silently: PSArgument = .named("ErrorAction", .bareword("SilentlyContinue"))

    /// `-Tag $tags` when the deployment has tags (`tagsStatement` defines `$tags`).
    static func tagArguments(_ tags: [Tag]) -> [PSArgument] {
        tags.isEmpty ? [] : [.named("Tag", .variable("tags"))]
    }

    /// `$tags = @{ … }`, the hashtable every `-Tag` argument passes; nothing without tags.
    static func tagsStatement(_ tags: [Tag]) -> [PSStatement] {
        tags.isEmpty ? [] : [.assign(.variable("tags"), .hashtable(tags.map { PSHashEntry($0.name, .string($0.value)) }))]
    }

    /// Get-or-create of `$ResourceGroupName` in `$Location`, into `$resourceGroup`.
    static func ensureResourceGroup(tags: [Tag]) -> [PSStatement] {
        ensure(.variable("resourceGroup"), "resource group", target: .variable("ResourceGroupName"),
               get: PSCommand("Get-AzResourceGroup", [.named("Name", .variable("ResourceGroupName"))]),
               create: PSCommand("New-AzResourceGroup", [.named("Name", .variable("ResourceGroupName")), location] + tagArguments(tags)))
    }

    /// `$dictionary['key']`: every named object an earlier step made.
    static func item(_ dictionary: String, _ key: String) -> PSExpression {
        .index(.variable(dictionary), .string(key))
    }

    /// `$dictionary = @{}`.
    static func declare(_ dictionary: String) -> PSStatement {
        .assign(.variable(dictionary), .hashtable([]))
    }

    /// One reference as is, two inline, more one a line.
    static func list(_ items: [PSExpression]) -> PSExpression {
        switch items.count {
        case 1: items[0]
        case 2: .array(items)
        default: .arrayBlock(items)
        }
    }

    static func strings(_ values: [String]) -> PSExpression {
        values.count == 1 ? .string(values[0]) : .array(values.map { .string($0) })
    }

    /// `$PSCmdlet.ShouldProcess(target, action)`.
    static func shouldProcess(_ target: PSExpression, _ action: String) -> PSExpression {
        .call(.member(.variable("PSCmdlet"), "ShouldProcess"), [target, .string(action)])
    }

    static func isNull(_ value: PSExpression) -> PSExpression { .binary(.null, "-eq", value) }

    /// Stops the script when a resource the next steps need does not exist (under `-WhatIf`,
    /// or when the user declines): the warning says which.
    static func stop(_ what: String, _ target: PSExpression) -> [PSStatement] {
        [
            .command(PSCommand("Write-Warning", [.named("Message", .expandable(
                [.text("Stopping: the next steps need the \(what) ")] + textParts(target) + [.text(".")]))])),
            .return(nil),
        ]
    }

    /// Get-or-create: reads the resource; when missing, asks ShouldProcess and creates it.
    static func ensure(_ variable: PSExpression, _ what: String, target: PSExpression, get: PSCommand,
                       prepare: [PSStatement] = [], create: PSCommand) -> [PSStatement] {
        [
            .assign(variable, .command(quiet(get))),
            .if([PSConditional(isNull(variable), [
                .if([PSConditional(.not(shouldProcess(target, "Create \(what)")), stop(what, target))], else: nil),
            ] + prepare + [.assign(variable, .command(create))])], else: nil),
        ]
    }

    /// Create-or-update (desired state): applies the configuration when approved; otherwise
    /// reads what exists so the next steps can go on.
    static func apply(_ variable: PSExpression, _ what: String, target: PSExpression, get: PSCommand,
                      prepare: [PSStatement] = [], create: PSCommand, then: [PSStatement] = []) -> [PSStatement] {
        [
            .if([PSConditional(shouldProcess(target, "Create or update \(what)"), prepare + [.assign(variable, .command(create))] + then)], else: [
                .assign(variable, .command(quiet(get))),
                .if([PSConditional(isNull(variable), stop(what, target))], else: nil),
            ]),
        ]
    }

    /// Creates a resource nothing later needs, when it is missing and approved.
    static func createIfMissing(_ what: String, target: PSExpression, get: PSCommand, create: PSCommand) -> [PSStatement] {
        createIfMissing(what, target: target, get: get, create: [.assign(.null, .command(create))])
    }

    /// Runs `create` when the resource is missing and creating it is approved.
    static func createIfMissing(_ what: String, target: PSExpression, get: PSCommand, create: [PSStatement]) -> [PSStatement] {
        [
            .assign(.variable("existing"), .command(quiet(get))),
            .if([PSConditional(isNull(.variable("existing")), [
                .if([PSConditional(shouldProcess(target, "Create \(what)"), create)], else: nil),
            ])], else: nil),
        ]
    }

    /// Create-or-reconcile: creates the resource when it is missing; on a rerun, runs `update`
    /// only when one of `compared` (property of the existing object, value the manifest
    /// gives) differs, so an unchanged resource gets no request; with nothing to compare,
    /// on every rerun.
    static func reconcile(_ what: String, target: PSExpression, get: PSCommand, create: [PSStatement],
                          update: [PSStatement], compared: [(property: String, value: PSExpression)]) -> [PSStatement] {
        let existing = PSExpression.variable("existing")
        var branches = [PSConditional(isNull(existing), [
            .if([PSConditional(shouldProcess(target, "Create \(what)"), create)], else: nil),
        ])]
        let updating: [PSStatement] = [.if([PSConditional(shouldProcess(target, "Update \(what)"), update)], else: nil)]
        guard let differs = differs(existing, compared) else {
            return [.assign(existing, .command(quiet(get))), .if(branches, else: updating)]
        }
        branches.append(PSConditional(differs, updating))
        return [.assign(existing, .command(quiet(get))), .if(branches, else: nil)]
    }

    /// `(a -cne x) -or (b -cne y)`; lists are compared as sets of values (`Compare-Object`).
    static func differs(_ object: PSExpression, _ compared: [(property: String, value: PSExpression)]) -> PSExpression? {
        let tests: [PSExpression] = compared.map { entry in
            let current = PSExpression.member(object, entry.property)
            switch entry.value {
            case .array, .arrayBlock:
                return .cast("bool", .paren(.command(PSCommand("Compare-Object", [
                    .named("ReferenceObject", entry.value), .named("DifferenceObject", .array([current])),
                ]))))
            case .bareword(let word):
                return .binary(current, "-ne", .string(word))
            default:
                return .binary(current, "-cne", entry.value)
            }
        }
        guard let first = tests.first else { return nil }
        return tests.dropFirst().reduce(first) { .binary($0, "-or", $1) }
    }

    /// Runs `body` when approved.
    static func whenApproved(_ target: PSExpression, _ action: String, _ body: [PSStatement]) -> PSStatement {
        .if([PSConditional(shouldProcess(target, action), body)], else: nil)
    }

    /// A comment wrapped at 96 columns; explicit line breaks are kept.
    static func comment(_ text: String) -> PSStatement { .comment(wrap(text, width: 94)) }

    /// Words moved to the next line before `width`; explicit line breaks are kept.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static func information(_ parts: [PSStringPart]) -> PSStatement {
        .command(.writeInformation(parts.allSatisfy { if case .text = $0 { true } else { false } }
            ? .string(parts.map { if case .text(let t) = $0 { t } else { "" } }.joined())
            : .expandable(parts)))
    }

    private static func quiet(_ command: PSCommand) -> PSCommand {
        PSCommand(command.name, command.arguments + [silently])
    }

    private static func textParts(_ value: PSExpression) -> [PSStringPart] {
        switch value {
        case .string(let text): [.text(text)]
        case .variable(let name): [.variable(name)]
        default: [.subexpression(value)]
        }
    }
}
