/// An operation of an API: an HTTP method on a URL template (`/orders/{orderId}`), its
/// parameters and its own policies.
public struct APIOperation: Codable, Hashable, Sendable {
    public var name: String
    public var displayName: String
    public var method: HTTPMethod
    public var urlTemplate: String
    public var description: String?
    public var parameters: [OperationParameter]
    public var policies: PolicyDocument?
    public var location: SourceLocation

    package init(name: String, displayName: String? = nil, method: HTTPMethod, urlTemplate: String, description: String? = nil,
                parameters: [OperationParameter] = [], policies: PolicyDocument? = nil, location: SourceLocation) {
        self.name = name
        self.displayName = displayName ?? name
        self.method = method
        self.urlTemplate = urlTemplate
        self.description = description
        self.parameters = parameters
        self.policies = policies
        self.location = location
    }

    /// The `{name}` parameters of the URL template, in order.
    public var templateParameterNames: [String] {
        URLTemplate.parameterNames(in: urlTemplate)
    }
}

/// HTTP methods an operation can take.
public enum HTTPMethod: String, Codable, Hashable, Sendable, CaseIterable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"
    case head = "HEAD"
    case options = "OPTIONS"
    case trace = "TRACE"
}

/// A template, query or header parameter of an operation.
public struct OperationParameter: Codable, Hashable, Sendable {
    public var name: String
    public var kind: Kind
    /// The schema type name (`string`, `integer`, `boolean`, `number`).
    public var type: String
    public var required: Bool
    public var description: String?
    public var values: [String]
    public var location: SourceLocation

    /// Where the parameter travels.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case template, query, header
    }

    package init(name: String, kind: Kind, type: String = "string", required: Bool = false, description: String? = nil, values: [String] = [], location: SourceLocation) {
        self.name = name
        self.kind = kind
        self.type = type
        self.required = kind == .template ? true : required
        self.description = description
        self.values = values
        self.location = location
    }
}
