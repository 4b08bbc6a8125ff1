internal import Foundation

/// Records, while a deployment's blocks are evaluated, each declaration a builder receives
/// from another line than its own (written in a helper, placed by a call). `Deployment`
/// takes what its blocks recorded; `ListBuilder.buildExpression` is where elements arrive.
/// Blocks are evaluated synchronously on one thread, so each thread records on its own and
/// deployments built concurrently (tests) do not see each other's calls.
enum CallSiteRecorder {
    private final class Records {
        var sites: [CallSite] = []
        var seen: Set<CallSite> = []
    }

    private static let key = "gen.DSL.CallSiteRecorder"

    private static var records: Records {
        if let records = Thread.current.threadDictionary[key] as? Records { return records }
        let records = Records()
        Thread.current.threadDictionary[key] = records
        return records
    }

    /// Records `element`'s call site when the element carries a `location` written elsewhere.
    static func record(_ element: Any, arrivingAt callSite: SourceLocation) {
        guard let location = location(of: element), location.file != callSite.file || location.line != callSite.line else { return }
        let site = CallSite(location: location, calledFrom: callSite)
        let records = records
        if records.seen.insert(site).inserted { records.sites.append(site) }
    }

    /// The position to take records from later (`take(since:)`).
    static func mark() -> Int { records.sites.count }

    /// What was recorded since `mark`, in order; later marks see none of it again.
    static func take(since mark: Int) -> [CallSite] {
        let records = records
        guard mark < records.sites.count else { return [] }
        let taken = Array(records.sites[mark...])
        records.sites.removeSubrange(mark...)
        records.seen.subtract(taken)
        return taken
    }

    /// A model value's own `location`, found by reflection: components are many types, and
    /// only those that are declarations carry one.
    private static func location(of element: Any) -> SourceLocation? {
        Mirror(reflecting: element).children.first { $0.label == "location" }?.value as? SourceLocation
    }
}
