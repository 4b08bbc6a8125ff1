/// Something that can stand in an `API("…") { … }` block.
public protocol APIComponent {
    /// Adds the declaration to the API being built.
    func apply(to api: inout API)
}

/// Something that can stand in a `Product("…") { … }` block.
public protocol ProductComponent {
    /// Adds the declaration to the product being built.
    func apply(to product: inout Product)
}

/// Something that can stand in an `APIOperation(…) { … }` block.
public protocol OperationComponent {
    /// Adds the declaration to the operation being built.
    func apply(to operation: inout APIOperation)
}

/// A policy statement: what stands in a section, a fragment, or a nesting policy such as
/// `Retry { … }`. Each typed policy builds the generic `PolicyElement` the model stores.
public protocol PolicyStatement {
    /// The element (or raw XML) the statement writes, located at its line for diagnostics.
    var policyNode: PolicyNode { get }
}

/// One section of a `Policies { … }` block.
public protocol PolicySectionComponent {
    /// The section and its statements.
    var section: PolicySection { get }
}

/// `Policies { Inbound { … }; Backend { … }; Outbound { … }; OnError { … } }`: the policy
/// document of the scope it stands in (API Management: global; a product, API or operation).
/// Write each section once; one left out inherits the parent scope's (`<base />`), and at
/// global scope an absent backend forwards the request.
///
/// ```swift
/// API("orders", path: "external/orders") {
///     Policies {
///         Inbound { Base(); RateLimitByKey(calls: 100, renewalPeriod: 60, counterKey: .clientIP(.forwardedFor)) }
///         Outbound { Base(); SetHeader("X-Powered-By", existsAction: .delete) }
///     }
/// }
/// ```
public struct Policies: APIManagementComponent, APIComponent, ProductComponent, OperationComponent {
    /// The document as declared; resolve adds the missing sections.
    public let document: PolicyDocument

    /// The sections of the scope's policy document, as API Management runs them: inbound, backend,
    /// outbound, and on-error when a statement fails.
    ///
    /// ```swift
    /// Policies {
    ///     Inbound { Base(); CheckHeader("Content-Type", failedCheckHTTPCode: 415, failedCheckErrorMessage: "Unsupported media type", ignoreCase: true) }
    ///     Backend { ForwardRequest(timeout: 30) }
    /// }
    /// ```
    public init(file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any PolicySectionComponent> _ sections: () -> [any PolicySectionComponent]) {
        document = PolicyDocument(sections: sections().map(\.section), location: .here(file, line, column))
    }

    /// Sets the global policy, which runs for every API.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.policies = document }
    /// Sets the API's policy.
    public func apply(to api: inout API) { api.policies = document }
    /// Sets the product's policy, which runs for calls with the product's subscription keys.
    public func apply(to product: inout Product) { product.policies = document }
    /// Sets the operation's policy.
    public func apply(to operation: inout APIOperation) { operation.policies = document }
}

/// The `<inbound>` section: runs on the request before it reaches the backend.
/// Authentication, throttling, validation and rewriting go here.
///
/// ```swift
/// Inbound { Base(); ValidateParameters(specifiedParameterAction: .prevent, unspecifiedParameterAction: .prevent) }
/// ```
public struct Inbound: PolicySectionComponent {
    /// The inbound section and its statements.
    public let section: PolicySection

    /// Put `Base()` first to run the parent scope's inbound statements before these.
    ///
    /// ```swift
    /// Inbound {
    ///     Base()
    ///     RateLimit(calls: 60, renewalPeriod: 60)
    /// }
    /// ```
    public init(file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        section = PolicySection(kind: .inbound, statements: statements().map(\.policyNode), location: .here(file, line, column))
    }
}

/// The `<backend>` section: forwards the request.
/// Without one, a scope inherits its parent's backend section, and the global one forwards.
///
/// ```swift
/// Backend { ForwardRequest(timeout: 60) }
/// ```
public struct Backend: PolicySectionComponent {
    /// The backend section and its statements.
    public let section: PolicySection

    /// Usually `ForwardRequest`, alone or in a `Retry`.
    ///
    /// ```swift
    /// Backend {
    ///     Retry(condition: "@(context.Response.StatusCode >= 500)", count: 3, interval: 2, firstFastRetry: true) {
    ///         ForwardRequest(timeout: 30)
    ///     }
    /// }
    /// ```
    public init(file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        section = PolicySection(kind: .backend, statements: statements().map(\.policyNode), location: .here(file, line, column))
    }
}

/// The `<outbound>` section: runs on the response.
///
/// ```swift
/// Outbound { Base(); SetHeader("X-AspNet-Version", existsAction: .delete) }
/// ```
public struct Outbound: PolicySectionComponent {
    /// The outbound section and its statements.
    public let section: PolicySection

    /// Response headers, caching and body conversion go here.
    ///
    /// ```swift
    /// Outbound {
    ///     Base()
    ///     CacheStore(duration: 120)
    /// }
    /// ```
    public init(file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        section = PolicySection(kind: .outbound, statements: statements().map(\.policyNode), location: .here(file, line, column))
    }
}

/// The `<on-error>` section: runs when a statement fails.
///
/// ```swift
/// OnError { Base(); SetStatus(code: 503, reason: "Service Unavailable") }
/// ```
public struct OnError: PolicySectionComponent {
    /// The on-error section and its statements.
    public let section: PolicySection

    /// `context.LastError` describes the failure here.
    ///
    /// ```swift
    /// OnError {
    ///     Base()
    ///     EmitMetric("apim-errors", namespace: "fabrikam", dimensions: [EmitMetric.Dimension("API ID")])
    /// }
    /// ```
    public init(file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        section = PolicySection(kind: .onError, statements: statements().map(\.policyNode), location: .here(file, line, column))
    }
}

/// Builds the element a typed policy stores: attributes in the given order, nil ones left out.
func statement(_ name: String, _ attributes: [(String, PolicyValue?)], children: [PolicyNode] = [], _ file: String, _ line: Int, _ column: Int) -> PolicyNode {
    .element(PolicyElement(name, attributes, children: children, location: .here(file, line, column)))
}

/// A nested part of a policy (`<audiences>`), not located on its own.
func part(_ name: String, _ attributes: [(String, PolicyValue?)] = [], children: [PolicyNode] = []) -> PolicyNode {
    .element(PolicyElement(name, attributes, children: children))
}

/// `<name>value</name>` for each value.
func textParts(_ name: String, _ values: [PolicyValue]) -> [PolicyNode] {
    values.map { .element(PolicyElement(name, text: $0)) }
}

extension Optional where Wrapped == Bool {
    var policyValue: PolicyValue? { map { PolicyValue($0) } }
}

extension Optional where Wrapped == Int {
    var policyValue: PolicyValue? { map { PolicyValue($0) } }
}

extension Optional where Wrapped == String {
    /// Plain text (no expression or named-value reading) for attributes that take names.
    var plainValue: PolicyValue? { map { .text([.literal($0)]) } }
}

extension RawRepresentable where RawValue == String {
    var policyValue: PolicyValue { .text([.literal(rawValue)]) }
}
