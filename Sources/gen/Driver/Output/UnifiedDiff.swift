/// A unified diff (`---`/`+++` headers, `@@ -a,b +c,d @@` hunks, ` `/`-`/`+` lines) of two
/// texts, from the standard library's `CollectionDifference`: what `--check` prints and what
/// the golden tests report.
public enum UnifiedDiff {
    private enum Line {
        case same(String), removed(String), added(String)
    }

    /// The diff from `old` to `new`, every hunk, `context` lines around each change; empty
    /// when the texts are equal. A text that does not end in a newline says so, as diff does.
    public static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let before = lines(old), after = lines(new)
        let script = editScript(before, after)
        var output = ["--- \(oldName)", "+++ \(newName)"]
        // Hunks: runs of changes, joined when fewer than 2 × context unchanged lines lie between.
        var changes: [Int] = []
        for (index, line) in script.enumerated() { if case .same = line {} else { changes.append(index) } }
        var start = 0
        while start < changes.count {
            var end = start
            while end + 1 < changes.count, changes[end + 1] - changes[end] <= 2 * context + 1 { end += 1 }
            let from = max(0, changes[start] - context), to = min(script.count - 1, changes[end] + context)
            // Line numbers where the hunk starts in each text.
            var oldLine = 0, newLine = 0
            for line in script[..<from] {
                switch line {
                case .same: oldLine += 1; newLine += 1
                case .removed: oldLine += 1
                case .added: newLine += 1
                }
            }
            var body: [String] = [], oldCount = 0, newCount = 0
            for line in script[from...to] {
                switch line {
                case .same(let text): body.append(" " + text); oldCount += 1; newCount += 1
                case .removed(let text): body.append("-" + text); oldCount += 1
                case .added(let text): body.append("+" + text); newCount += 1
                }
            }
            output.append("@@ -\(range(oldLine, oldCount)) +\(range(newLine, newCount)) @@")
            output += body
            start = end + 1
        }
        return output.joined(separator: "\n")
    }

    /// `start,count` as unified diffs number lines (1-based; an empty range names the line before).
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }

    /// The text's lines; a missing final newline is marked on the last line.
    private static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" { result.removeLast() } else { result[result.count - 1] += "\n\\ No newline at end of file" }
        return result
    }

    /// Both texts merged in order: unchanged lines once, removals before insertions.
    private static func editScript(_ before: [String], _ after: [String]) -> [Line] {
        let difference = after.difference(from: before)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var script: [Line] = [], old = 0, new = 0
        while old < before.count || new < after.count {
            if old < before.count, removed.contains(old) {
                script.append(.removed(before[old])); old += 1
            } else if new < after.count, inserted.contains(new) {
                script.append(.added(after[new])); new += 1
            } else {
                if old < before.count { script.append(.same(before[old])) }
                old += 1; new += 1
            }
        }
        return script
    }
}
