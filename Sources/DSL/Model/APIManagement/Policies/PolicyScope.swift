/// Where a policy document applies, and the file it lives in: the APIOps layout
/// (`policy.xml`, `products/<p>/policy.xml`, `apis/<a>/policy.xml`,
/// `apis/<a>/operations/<o>/policy.xml`, `policy fragments/<f>/policy.xml`). Every format that
/// writes or references policy files takes the path from here.
public enum PolicyScope: Codable, Hashable, Sendable, CustomStringConvertible {
    case global
    case product(String)
    case api(String)
    case operation(api: String, operation: String)
    case fragment(String)

    /// The scope levels the policy reference documents (`Policy scopes`).
    public enum Level: String, Codable, Hashable, Sendable, CaseIterable {
        case global, workspace, product, api, operation
    }

    /// The level the policy reference checks this scope against; nil for fragments, which
    /// take the level of whatever includes them.
    public var level: Level? {
        switch self {
        case .global: .global
        case .product: .product
        case .api: .api
        case .operation: .operation
        case .fragment: nil
        }
    }

    /// The file, relative to the policies folder.
    public var apiOpsPath: String {
        switch self {
        case .global: "policy.xml"
        case .product(let name): "products/\(name)/policy.xml"
        case .api(let name): "apis/\(name)/policy.xml"
        case .operation(let api, let operation): "apis/\(api)/operations/\(operation)/policy.xml"
        case .fragment(let name): "policy fragments/\(name)/policy.xml"
        }
    }

    public var description: String {
        switch self {
        case .global: "the global policy"
        case .product(let name): "product '\(name)'"
        case .api(let name): "API '\(name)'"
        case .operation(let api, let operation): "operation '\(operation)' of API '\(api)'"
        case .fragment(let name): "fragment '\(name)'"
        }
    }
}
