/// A declaration written in one place (a helper function's body) and placed into the
/// deployment from another (the builder block that called the helper, maybe in a loop).
/// Diagnostics at `location` get a note at `calledFrom`, so the user finds the call.
public struct CallSite: Codable, Hashable, Sendable {
    public var location: SourceLocation
    public var calledFrom: SourceLocation

    package init(location: SourceLocation, calledFrom: SourceLocation) {
        self.location = location
        self.calledFrom = calledFrom
    }
}
