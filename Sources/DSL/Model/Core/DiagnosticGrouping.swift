/// Diagnostics as a user reads them: one per problem and line, with the way to the line that
/// caused it. A declaration in a helper or a loop is one line of the manifest that may
/// produce the same problem many times; the user fixes it once.
extension Array where Element == Diagnostic {
    /// Call-site notes added (where a helper's declaration was placed from), and diagnostics
    /// with the same severity, location and message but for the names in quotes folded into
    /// the first, with a note naming the others.
    public func explained(by callSites: [CallSite]) -> [Diagnostic] {
        var sitesByLocation: [SourceLocation: [SourceLocation]] = [:]
        for site in callSites where !(sitesByLocation[site.location]?.contains(site.calledFrom) ?? false) {
            sitesByLocation[site.location, default: []].append(site.calledFrom)
        }
        var groups: [[Diagnostic]] = []
        var index: [GroupKey: Int] = [:]
        for diagnostic in self {
            let key = GroupKey(severity: diagnostic.severity, location: diagnostic.location, shape: Self.shape(of: diagnostic.message))
            if let at = index[key] { groups[at].append(diagnostic) } else {
                index[key] = groups.count
                groups.append([diagnostic])
            }
        }
        return groups.map { group in
            var first = group[0]
            if group.count > 1 {
                let others = group.dropFirst().compactMap { Self.quoted(in: $0.message).first }
                let named = others.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (others.count > 5 ? ", …" : "")
                first.notes.append(.init("the same \(first.severity.rawValue) for \(group.count - 1) more declaration\(group.count == 2 ? "" : "s") made here (a loop or a helper)\(named.isEmpty ? "" : ": " + named)"))
            }
            let sites = sitesByLocation[first.location] ?? []
            for site in sites.prefix(3) {
                first.notes.append(.init("declared by a helper called here", at: site))
            }
            if sites.count > 3 { first.notes.append(.init("and from \(sites.count - 3) more call site\(sites.count == 4 ? "" : "s")")) }
            return first
        }
    }

    private struct GroupKey: Hashable {
        var severity: Diagnostic.Severity
        var location: SourceLocation
        var shape: String
    }

    /// The message with every `'…'` span emptied.
    static func shape(of message: String) -> String {
        var result = "", quoted = false
        for character in message {
            if character == "'" {
                quoted.toggle()
                result.append(character)
            } else if !quoted {
                result.append(character)
            }
        }
        return result
    }

    /// The `'…'` spans of a message, in order.
    static func quoted(in message: String) -> [String] {
        var spans: [String] = [], current: String?
        for character in message {
            if character == "'" {
                if let span = current { spans.append(span); current = nil } else { current = "" }
            } else if current != nil {
                current!.append(character)
            }
        }
        return spans
    }
}
