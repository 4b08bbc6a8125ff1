@testable import Emitters

/// Read access to a tree under test: a missing key or a non-mapping gives `.null`.
extension YAMLNode {
    subscript(key: String) -> YAMLNode {
        guard case .mapping(let entries) = self else { return .null }
        return entries.first { $0.key == key }?.value ?? .null
    }

    var entries: [YAMLNode.Entry] {
        guard case .mapping(let entries) = self else { return [] }
        return entries
    }

    var items: [YAMLNode] {
        guard case .sequence(let items) = self else { return [] }
        return items
    }

    var text: String? {
        switch self {
        case .string(let s), .block(let s): s
        case .commented(let value, _): value.text
        default: nil
        }
    }
}
