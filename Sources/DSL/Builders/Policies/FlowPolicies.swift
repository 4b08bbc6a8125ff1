/// `<base />`: the parent scope's statements for this section, run at this position.
public struct Base: PolicyStatement {
    public let policyNode: PolicyNode

    public init(file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("base", [], file, line, column)
    }
}

/// `forward-request`: sends the request to the backend.
public struct ForwardRequest: PolicyStatement {
    public let policyNode: PolicyNode

    public init(timeout: Int? = nil, followRedirects: Bool? = nil, bufferRequestBody: Bool? = nil, bufferResponse: Bool? = nil, failOnErrorStatusCode: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("forward-request", [
            ("timeout", timeout.policyValue), ("follow-redirects", followRedirects.policyValue), ("buffer-request-body", bufferRequestBody.policyValue),
            ("buffer-response", bufferResponse.policyValue), ("fail-on-error-status-code", failOnErrorStatusCode.policyValue),
        ], file, line, column)
    }
}

/// `retry`: runs its statements again while `condition` holds, up to `count` times.
public struct Retry: PolicyStatement {
    public let policyNode: PolicyNode

    public init(condition: PolicyValue, count: PolicyValue, interval: PolicyValue, maxInterval: PolicyValue? = nil, delta: PolicyValue? = nil, firstFastRetry: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        policyNode = statement("retry", [
            ("condition", condition), ("count", count), ("interval", interval), ("max-interval", maxInterval), ("delta", delta), ("first-fast-retry", firstFastRetry.policyValue),
        ], children: statements().map(\.policyNode), file, line, column)
    }
}

/// `limit-concurrency`: at most `maxCount` requests per key run its statements at once.
public struct LimitConcurrency: PolicyStatement {
    public let policyNode: PolicyNode

    public init(key: PolicyValue, maxCount: Int, file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        policyNode = statement("limit-concurrency", [("key", key), ("max-count", PolicyValue(maxCount))], children: statements().map(\.policyNode), file, line, column)
    }
}

/// A branch of `Choose`: `When(condition) { … }` or `Otherwise { … }`.
public protocol ChooseBranch {
    var branchNode: PolicyNode { get }
}

/// `choose`: the statements of the first `When` whose condition holds, else `Otherwise`.
public struct Choose: PolicyStatement {
    public let policyNode: PolicyNode

    public init(file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any ChooseBranch> _ branches: () -> [any ChooseBranch]) {
        policyNode = statement("choose", [], children: branches().map(\.branchNode), file, line, column)
    }
}

/// `<when condition="@(…)">` inside `Choose`.
public struct When: ChooseBranch {
    public let branchNode: PolicyNode

    public init(_ condition: PolicyValue, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        branchNode = part("when", [("condition", condition)], children: statements().map(\.policyNode))
    }
}

/// `<otherwise>` inside `Choose`.
public struct Otherwise: ChooseBranch {
    public let branchNode: PolicyNode

    public init(@ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        branchNode = part("otherwise", children: statements().map(\.policyNode))
    }
}

/// `include-fragment`: the statements of a declared `PolicyFragment`.
public struct IncludeFragment: PolicyStatement {
    public let policyNode: PolicyNode

    public init(_ fragmentID: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("include-fragment", [("fragment-id", Optional(fragmentID).plainValue)], file, line, column)
    }
}

/// Policy XML the DSL does not model, checked for well-formedness and against the policy
/// catalog like every other statement.
public struct RawPolicy: PolicyStatement {
    public let policyNode: PolicyNode

    public init(_ xml: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = .raw(RawPolicyXML(xml: xml, location: .here(file, line, column)))
    }
}

/// `send-request`: calls another service and stores the response in a variable.
public struct SendRequest: PolicyStatement {
    public let policyNode: PolicyNode

    /// Whether the request starts empty or copies the current one.
    public enum Mode: String, Codable, Sendable { case new, copy }

    public init(responseVariableName: String, mode: Mode? = nil, timeout: Int? = nil, ignoreError: Bool? = nil, url: PolicyValue? = nil, method: HTTPMethod? = nil,
                headers: [SetHeader] = [], body: SetBody? = nil, authentication: AuthenticationManagedIdentity? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        var children: [PolicyNode] = []
        if let url { children.append(part("set-url", children: [.text(url)])) }
        if let method { children.append(part("set-method", children: [.text(method.policyValue)])) }
        children += headers.map(\.policyNode.unlocated)
        if let body { children.append(body.policyNode.unlocated) }
        if let authentication { children.append(authentication.policyNode.unlocated) }
        policyNode = statement("send-request", [
            ("mode", mode?.policyValue), ("response-variable-name", Optional(responseVariableName).plainValue), ("timeout", timeout.policyValue), ("ignore-error", ignoreError.policyValue),
        ], children: children, file, line, column)
    }
}

extension PolicyNode {
    /// The node without its location, for a statement used as part of another.
    var unlocated: PolicyNode {
        guard case .element(var element) = self else { return self }
        element.location = nil
        return .element(element)
    }
}
