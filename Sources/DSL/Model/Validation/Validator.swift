/// Checks a resolved deployment and reports every problem at once, located at the user's
/// declaration with notes pointing at related ones. Errors stop emission; warnings do not.
public enum Validator {
    public static func validate(_ resolved: ResolvedDeployment) -> [Diagnostic] {
        var context = ValidationContext(resolved: resolved)
        context.checkNames()
        context.checkPathNames()
        context.checkNetwork()
        context.checkAPIManagement()
        context.checkAPIContent()
        context.checkPolicies()
        context.checkGateway()
        context.checkFirewall()
        context.checkKeyVaultAndIdentities()
        context.checkMonitoring()
        context.checkEnvironments()
        // A derived resource (the portal's copy of the gateway's WAF policy) repeats its source's
        // declarations, so the same located problem can be found twice: report it once.
        var seen = Set<Diagnostic>()
        return context.diagnostics.filter { seen.insert($0).inserted }.sortedByLocation
    }
}

/// The state of one validation run; each group of rules lives in its own extension file.
struct ValidationContext {
    let resolved: ResolvedDeployment
    var diagnostics: [Diagnostic] = []

    var deployment: Deployment { resolved.deployment }

    mutating func error(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(message, at: location, notes: notes))
    }

    mutating func warning(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.warning(message, at: location, notes: notes))
    }

    /// Reports every second declaration of a name within one kind.
    mutating func checkUnique<T>(_ items: [T], kind: String, name: (T) -> String, location: (T) -> SourceLocation) {
        var first: [String: SourceLocation] = [:]
        for item in items {
            let key = name(item).lowercased()
            if let earlier = first[key] {
                error("duplicate \(kind) name '\(name(item))'", at: location(item), notes: [.init("first declared here", at: earlier)])
            } else {
                first[key] = location(item)
            }
        }
    }
}
