/// A TCP/UDP port, a range of ports, or any port (`*`), as NSG rules take them.
public enum PortRange: Codable, Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    case any
    case port(Int)
    case range(Int, Int)

    public init(integerLiteral value: Int) { self = .port(value) }

    public var description: String {
        switch self {
        case .any: "*"
        case .port(let p): "\(p)"
        case .range(let low, let high): "\(low)-\(high)"
        }
    }

    public func contains(_ port: Int) -> Bool {
        switch self {
        case .any: true
        case .port(let p): p == port
        case .range(let low, let high): low <= port && port <= high
        }
    }

    public func contains(_ other: PortRange) -> Bool {
        switch other {
        case .any: self == .any
        case .port(let p): contains(p)
        case .range(let low, let high): contains(low) && contains(high)
        }
    }

    /// Why this is not a valid port range, or nil.
    public var problem: String? {
        switch self {
        case .any: return nil
        case .port(let p): return (1...65535).contains(p) ? nil : "port \(p) is outside 1-65535"
        case .range(let low, let high):
            if !(1...65535).contains(low) || !(1...65535).contains(high) {
                return "port range \(low)-\(high) is outside 1-65535"
            }
            return low <= high ? nil : "port range \(low)-\(high) is reversed"
        }
    }
}
