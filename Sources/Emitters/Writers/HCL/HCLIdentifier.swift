/// An HCL identifier (`[A-Za-z_][A-Za-z0-9_-]*`, ASCII only): attribute names, block types,
/// function names and traversal steps. Invalid names cannot be constructed.
public struct HCLIdentifier: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String

    /// Returns `nil` when `name` is not a valid identifier. Note that `HCLIdentifier("literal")`
    /// picks the trapping literal initializer; pass a `String` value to get the failable one.
    public init?(_ name: String) {
        guard HCLIdentifier.isValid(name) else { return nil }
        self.name = name
    }

    /// Traps on an invalid literal: identifiers written in source are programmer errors.
    public init(stringLiteral value: String) {
        precondition(HCLIdentifier.isValid(value), "invalid HCL identifier: \(value)")
        self.name = value
    }

    public var description: String { name }

    /// Whether `text` is a valid identifier.
    public static func isValid(_ text: String) -> Bool {
        var first = true
        for byte in text.utf8 {
            let letter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            let digitOrDash = (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
            if first ? !letter : !(letter || digitOrDash) { return false }
            first = false
        }
        return !first
    }
}
