import DSL
import Emitters
import Foundation

/// `gen`'s entry point: parses the command line, runs it, reports, and returns the exit code.
/// Only this layer touches the disk and the terminal.
public enum GenCommand {
    public static let version = "0.1.0"

    public static func main(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> ExitCode {
        let invocation: Invocation
        do {
            invocation = try Invocation.parse(arguments)
        } catch {
            printError(error.description)
            return .usage
        }
        do {
            try run(invocation, environment: environment)
            return .success
        } catch let error as GenError {
            return report(error)
        } catch {
            printError("error: \(error.localizedDescription)")
            return .failure
        }
    }

    static func run(_ invocation: Invocation, environment: [String: String]) throws {
        switch invocation.command {
        case .help(let topic):
            print(topic.flatMap(CommandHelp.help(for:)) ?? CommandHelp.usage)
            return
        case .initialize:
            let written = try ProjectStarter(manifest: invocation.manifest, modules: try DSLBuild.locate(environment: environment).modulesDirectory).write()
            if !invocation.quiet {
                for path in written { print("wrote \(path)") }
                print("next: gen all --manifest \(invocation.manifest)")
            }
        case .version:
            print("gen \(version)")
            return
        case .json(let resolvedOnly):
            let deployment = try ManifestLoader(environment: environment).load(manifest: invocation.manifest).deployment
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            encoder.nonConformingFloatEncodingStrategy = .convertToString(
                positiveInfinity: NonFiniteNumbers.positiveInfinity, negativeInfinity: NonFiniteNumbers.negativeInfinity, nan: NonFiniteNumbers.nan)
            let data = resolvedOnly ? try encoder.encode(Generation.check(deployment).resolved) : try encoder.encode(deployment)
            print(String(decoding: data, as: UTF8.self))
        case .validate:
            let checked = try checkedDeployment(invocation, environment: environment)
            if invocation.quiet { return }
            print("\(invocation.manifest): ok (\(checked.diagnostics.count) warning\(checked.diagnostics.count == 1 ? "" : "s"))")
        case .render(let formats):
            var resolved = try checkedDeployment(invocation, environment: environment).resolved
            resolved.manifestFolder = ManifestFolder.relative(manifest: invocation.manifest, output: invocation.output)
            // The diagram first, so that `dot` lays out the SVG while the other formats render.
            let diagramFirst = formats.contains(.diagram) && !invocation.check
            let diagram = diagramFirst ? Generation.render(resolved, formats: [.diagram]) : []
            let pendingSVG = diagramFirst ? DiagramRenderer.Pending(start: diagram, environment: environment) : nil
            let others = Generation.render(resolved, formats: diagramFirst ? formats.filter { $0 != .diagram } : formats)
            let rendered = formats.compactMap { format in (diagram + others).first { $0.0 == format } }
            let root = URL(fileURLWithPath: invocation.output)
            if invocation.check {
                // Wait for a run that is writing the root; never create anything in it.
                let lock = try lockOutput(root, exclusive: false, invocation: invocation)
                defer { withExtendedLifetime(lock) {} }
                if OutputJournal.isPending(root: root) {
                    throw GenError.environment("a gen run writing \(invocation.output) was interrupted; run gen without --check to finish it")
                }
                let report = DriftReport.compare(rendered, with: root)
                guard report.isClean else {
                    printError("\(report.description)\nerror: \(invocation.output) is out of date with \(invocation.manifest); run gen without --check")
                    throw GenError.diagnostics([])
                }
                if !invocation.quiet { print("\(invocation.output): up to date") }
            } else {
                let (withSVG, note) = pendingSVG?.finish(rendered) ?? (rendered, nil)
                if let note, !invocation.quiet { printError(note) }
                do {
                    try OutputWriter(root: root, waiting: { printError("gen: waiting for another gen run writing \(invocation.output) (\($0))") }).write(withSVG)
                } catch let error as CustomStringConvertible where error is OutputLock.Busy || error is OutputLock.Unavailable || error is OutputWriter.Conflict {
                    throw GenError.environment(error.description)
                } catch {
                    throw GenError.environment("cannot write \(invocation.output): \(FolderProblem.reason(error, writing: root.path))")
                }
                for (format, files) in withSVG where !invocation.quiet {
                    let folder = root.appendingPathComponent(format.rawValue).relativePath
                    print(files.isEmpty ? "\(format.rawValue): nothing to write" : "wrote \(folder)/ (\(files.count) file\(files.count == 1 ? "" : "s"))")
                }
            }
        }
    }

    private static func lockOutput(_ root: URL, exclusive: Bool, invocation: Invocation) throws -> OutputLock? {
        do {
            return try OutputLock.acquire(root: root, exclusive: exclusive, create: false,
                                          waiting: { printError("gen: waiting for another gen run writing \(invocation.output) (\($0))") })
        } catch let error as CustomStringConvertible {
            throw GenError.environment(error.description)
        }
    }

    /// Loads, resolves and validates; warnings are printed, errors thrown.
    private static func checkedDeployment(_ invocation: Invocation, environment: [String: String]) throws -> Generation.Checked {
        let deployment = try ManifestLoader(environment: environment).load(manifest: invocation.manifest).deployment
        let checked = Generation.check(deployment)
        if checked.diagnostics.hasErrors { throw GenError.diagnostics(checked.diagnostics) }
        var renderer = DiagnosticRenderer()
        for warning in checked.diagnostics { printError(renderer.render(warning)) }
        return checked
    }

    private static func report(_ error: GenError) -> ExitCode {
        switch error {
        case .usage(let message):
            printError("error: \(message)")
            return .usage
        case .diagnostics(let diagnostics):
            var renderer = DiagnosticRenderer()
            for diagnostic in diagnostics { printError(renderer.render(diagnostic)) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            if errors > 0 { printError("gen: \(errors) error\(errors == 1 ? "" : "s"); nothing was written") }
            return .failure
        case .compilation(let output):
            printError(output.hasSuffix("\n") ? String(output.dropLast()) : output)
            printError("gen: the manifest does not compile; nothing was written")
            return .failure
        case .environment(let message):
            printError("error: \(message)")
            return .failure
        case .internalError(let message):
            printError("internal error: \(message)\nplease report this as a bug in gen")
            return .internalError
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
