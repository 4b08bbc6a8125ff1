/// Something that can stand in an `API("…") { … }` block.
public protocol APIComponent {
    func apply(to api: inout API)
}

/// Something that can stand in a `Product("…") { … }` block.
public protocol ProductComponent {
    func apply(to product: inout Product)
}

/// Something that can stand in an `APIOperation(…) { … }` block.
public protocol OperationComponent {
    func apply(to operation: inout APIOperation)
}

/// A policy statement: what stands in a section, a fragment, or a nesting policy such as
/// `Retry { … }`. Each typed policy builds the generic `PolicyElement` the model stores.
public protocol PolicyStatement {
    var policyNode: PolicyNode { get }
}

/// One section of a `Policies { … }` block.
public protocol PolicySectionComponent {
    var section: PolicySection { get }
}

/// `Policies { Inbound { … }; Backend { … }; Outbound { … }; OnError { … } }`: the policy
/// document of the scope it stands in (API Management: global; a product, API or operation).
public struct Policies: APIManagementComponent, APIComponent, ProductComponent, OperationComponent {
    public let document: PolicyDocument

    public init(file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any PolicySectionComponent> _ sections: () -> [any PolicySectionComponent]) {
        document = PolicyDocument(sections: sections().map(\.section), location: .here(file, line, column))
    }

    public func apply(to apiManagement: inout APIManagement) { apiManagement.content.policies = document }
    public func apply(to api: inout API) { api.policies = document }
    public func apply(to product: inout Product) { product.policies = document }
    public func apply(to operation: inout APIOperation) { operation.policies = document }
}

/// The `<inbound>` section: runs on the request before it reaches the backend.
public struct Inbound: PolicySectionComponent {
    public let section: PolicySection

    public init(file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        section = PolicySection(kind: .inbound, statements: statements().map(\.policyNode), location: .here(file, line, column))
    }
}

/// The `<backend>` section: forwards the request.
public struct Backend: PolicySectionComponent {
    public let section: PolicySection

    public init(file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        section = PolicySection(kind: .backend, statements: statements().map(\.policyNode), location: .here(file, line, column))
    }
}

/// The `<outbound>` section: runs on the response.
public struct Outbound: PolicySectionComponent {
    public let section: PolicySection

    public init(file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        section = PolicySection(kind: .outbound, statements: statements().map(\.policyNode), location: .here(file, line, column))
    }
}

/// The `<on-error>` section: runs when a statement fails.
public struct OnError: PolicySectionComponent {
    public let section: PolicySection

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
