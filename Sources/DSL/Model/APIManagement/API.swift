/// An API published by API Management: where it is served (path, protocols), what it calls
/// (service URL or a declared backend), how it is versioned, the definition it is imported
/// from, its operations and policies, and whether the gateway publishes it.
public struct API: Codable, Hashable, Sendable {
    public var name: String
    public var displayName: String
    /// URL suffix under the gateway host (`orders` serves `/orders/*`).
    public var path: String
    public var serviceURL: String?
    public var exposure: Exposure
    public var description: String?
    public var protocols: [APIProtocol]
    /// A declared `APIBackend` (by name) the API forwards to, instead of `serviceURL`.
    public var backend: String?
    public var subscriptionRequired: Bool
    /// A declared `APIVersionSet` (by name) and this API's version in it.
    public var versionSet: String?
    public var version: String?
    /// An OpenAPI or WSDL file next to the manifest the API is imported from.
    public var definition: APIDefinition?
    public var operations: [APIOperation]
    public var policies: PolicyDocument?
    public var location: SourceLocation

    /// Who can reach the API.
    public enum Exposure: String, Codable, Hashable, Sendable {
        /// Only consumers inside the virtual network.
        case `internal`
        /// Also the internet, through the gateway's path-based routing.
        case external
    }

    package init(name: String, displayName: String? = nil, path: String, serviceURL: String? = nil, exposure: Exposure = .internal,
                description: String? = nil, protocols: [APIProtocol] = [.https], backend: String? = nil, subscriptionRequired: Bool = true,
                versionSet: String? = nil, version: String? = nil, definition: APIDefinition? = nil, operations: [APIOperation] = [],
                policies: PolicyDocument? = nil, location: SourceLocation) {
        self.name = name
        self.displayName = displayName ?? name
        self.path = path
        self.serviceURL = serviceURL
        self.exposure = exposure
        self.description = description
        self.protocols = protocols
        self.backend = backend
        self.subscriptionRequired = subscriptionRequired
        self.versionSet = versionSet
        self.version = version
        self.definition = definition
        self.operations = operations
        self.policies = policies
        self.location = location
    }

    /// The gateway path that serves the API and everything under it: `/<path>/*`.
    public var gatewayPathPattern: String {
        let trimmed = path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        return trimmed.isEmpty ? "/*" : "/\(trimmed)/*"
    }
}

/// A protocol an API answers on.
public enum APIProtocol: String, Codable, Hashable, Sendable, CaseIterable {
    case https
    case http
    case wss
    case ws
}

/// An API definition file to import, stored as the manifest gives it (relative to the
/// manifest's folder) with its format.
public struct APIDefinition: Codable, Hashable, Sendable {
    public var path: String
    public var format: Format

    public init(path: String, format: Format) {
        self.path = path
        self.format = format
    }

    /// Import formats; the raw value is API Management's `format` value.
    public enum Format: String, Codable, Hashable, Sendable, CaseIterable {
        case openAPI = "openapi"
        case openAPIJSON = "openapi+json"
        case swaggerJSON = "swagger-json"
        case wsdl = "wsdl"
        case wadl = "wadl-xml"
        case graphQL = "graphql-link"
    }
}
