/// An IPv4 address range in CIDR notation, such as `10.0.1.0/24`.
///
/// Kept as the text the user wrote so a malformed value becomes a located diagnostic in
/// validation instead of a trap in the manifest process.
public struct AddressPrefix: Codable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible, Comparable {
    public var text: String

    public init(_ text: String) { self.text = text }
    public init(stringLiteral value: String) { self.text = value }

    public var description: String { text }

    public static func < (lhs: AddressPrefix, rhs: AddressPrefix) -> Bool {
        switch (lhs.parsed, rhs.parsed) {
        case let (l?, r?): return (l.network, l.length) < (r.network, r.length)
        default: return lhs.text < rhs.text
        }
    }

    /// The parsed range, or nil when the text is not a valid IPv4 CIDR whose host bits are zero.
    public var parsed: (network: UInt32, length: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let length = Int(parts[1]), (0...32).contains(length),
              let address = IPv4Address.parse(parts[0]) else { return nil }
        let network = address & Self.mask(length)
        return network == address ? (network, length) : nil
    }

    /// Why `parsed` is nil, for the diagnostic.
    public var problem: String? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return "expected an IPv4 range like 10.0.1.0/24" }
        guard let length = Int(parts[1]), (0...32).contains(length) else {
            return "the prefix length must be a number from 0 to 32"
        }
        guard let address = IPv4Address.parse(parts[0]) else {
            return "'\(parts[0])' is not an IPv4 address"
        }
        let network = address & Self.mask(length)
        if network != address {
            return "host bits are set; the range starts at \(IPv4Address.format(network))/\(length)"
        }
        return nil
    }

    /// Number of addresses in the range.
    public var size: UInt64? { parsed.map { UInt64(1) << UInt64(32 - $0.length) } }

    public func contains(_ other: AddressPrefix) -> Bool {
        guard let a = parsed, let b = other.parsed, a.length <= b.length else { return false }
        return b.network & Self.mask(a.length) == a.network
    }

    public func overlaps(_ other: AddressPrefix) -> Bool {
        contains(other) || other.contains(self)
    }

    /// The n-th host address of the range (Azure reserves the first four and the last).
    public func host(_ n: UInt32) -> String? {
        parsed.map { IPv4Address.format($0.network &+ n) }
    }

    static func mask(_ length: Int) -> UInt32 {
        length == 0 ? 0 : UInt32.max << UInt32(32 - length)
    }
}

/// Parsing and formatting of dotted-quad IPv4 addresses.
public enum IPv4Address {
    public static func parse<S: StringProtocol>(_ text: S) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy(\.isASCII),
                  let byte = UInt8(octet) else { return nil }
            value = value << 8 | UInt32(byte)
        }
        return value
    }

    public static func format(_ value: UInt32) -> String {
        "\(value >> 24).\(value >> 16 & 255).\(value >> 8 & 255).\(value & 255)"
    }
}
