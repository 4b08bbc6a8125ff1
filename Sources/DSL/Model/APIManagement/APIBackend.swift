/// A backend API Management forwards to (`set-backend-service backend-id="…"`): its URL, the
/// credentials it sends, and how it validates the backend's TLS certificate.
public struct APIBackend: Codable, Hashable, Sendable {
    public var name: String
    public var url: String
    public var `protocol`: BackendProtocol
    public var description: String?
    public var credentials: BackendCredentials
    public var tls: BackendTLS
    public var location: SourceLocation

    /// The protocol the backend speaks.
    public enum BackendProtocol: String, Codable, Hashable, Sendable {
        case http, soap
    }

    package init(name: String, url: String, protocol: BackendProtocol = .http, description: String? = nil, credentials: BackendCredentials = .init(),
                tls: BackendTLS = .init(), location: SourceLocation) {
        self.name = name
        self.url = url
        self.protocol = `protocol`
        self.description = description
        self.credentials = credentials
        self.tls = tls
        self.location = location
    }
}

/// Credentials sent to a backend; values reference named values (`{{orders-key}}`) so no
/// secret is written anywhere.
public struct BackendCredentials: Codable, Hashable, Sendable {
    public var headers: [BackendCredentialItem]
    public var query: [BackendCredentialItem]
    public var authorization: Authorization?
    /// Client certificate ids (API Management certificates) presented to the backend.
    public var certificates: [String]

    /// An `Authorization` header scheme and parameter.
    public struct Authorization: Codable, Hashable, Sendable {
        public var scheme: String
        public var parameter: PolicyValue

        public init(scheme: String, parameter: PolicyValue) {
            self.scheme = scheme
            self.parameter = parameter
        }
    }

    public init(headers: [BackendCredentialItem] = [], query: [BackendCredentialItem] = [], authorization: Authorization? = nil, certificates: [String] = []) {
        self.headers = headers
        self.query = query
        self.authorization = authorization
        self.certificates = certificates
    }

    public var isEmpty: Bool { headers.isEmpty && query.isEmpty && authorization == nil && certificates.isEmpty }
}

/// One header or query parameter sent to a backend, with its values.
public struct BackendCredentialItem: Codable, Hashable, Sendable {
    public var name: String
    public var values: [PolicyValue]

    public init(name: String, values: [PolicyValue]) {
        self.name = name
        self.values = values
    }
}

/// TLS checks on the backend's certificate; both on unless a deliberate exception.
public struct BackendTLS: Codable, Hashable, Sendable {
    public var validateCertificateChain: Bool
    public var validateCertificateName: Bool

    public init(validateCertificateChain: Bool = true, validateCertificateName: Bool = true) {
        self.validateCertificateChain = validateCertificateChain
        self.validateCertificateName = validateCertificateName
    }
}
