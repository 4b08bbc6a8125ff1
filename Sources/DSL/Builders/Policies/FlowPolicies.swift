/// `<base />`: the parent scope's statements for this section, run at this position.
///
/// ```swift
/// Inbound { Base(); RateLimit(calls: 100, renewalPeriod: 60) }
/// ```
public struct Base: PolicyStatement {
    /// The `base` element, located at this line.
    public let policyNode: PolicyNode

    /// At most once per section, not nested in another statement and not in a fragment (which
    /// has no parent scope).
    ///
    /// ```swift
    /// Outbound { Base() }
    /// ```
    public init(file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("base", [], file, line, column)
    }
}

/// `forward-request`: sends the request to the backend.
///
/// ```swift
/// Backend { ForwardRequest(timeout: 60) }
/// ```
public struct ForwardRequest: PolicyStatement {
    /// The `forward-request` element, located at this line.
    public let policyNode: PolicyNode

    /// `timeout` is in seconds (API Management waits 300 without one); `failOnErrorStatusCode`
    /// runs on-error for 4xx and 5xx responses; `bufferRequestBody` lets a `Retry` resend the
    /// body.
    ///
    /// ```swift
    /// ForwardRequest(timeout: 30, bufferRequestBody: true)
    /// ```
    public init(timeout: Int? = nil, followRedirects: Bool? = nil, bufferRequestBody: Bool? = nil, bufferResponse: Bool? = nil, failOnErrorStatusCode: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("forward-request", [
            ("timeout", timeout.policyValue), ("follow-redirects", followRedirects.policyValue), ("buffer-request-body", bufferRequestBody.policyValue),
            ("buffer-response", bufferResponse.policyValue), ("fail-on-error-status-code", failOnErrorStatusCode.policyValue),
        ], file, line, column)
    }
}

/// `retry`: runs its statements again while `condition` holds, up to `count` times.
///
/// ```swift
/// Backend {
///     Retry(condition: "@(context.Response.StatusCode >= 500)", count: 3, interval: 2, firstFastRetry: true) {
///         ForwardRequest(timeout: 30)
///     }
/// }
/// ```
public struct Retry: PolicyStatement {
    /// The `retry` element, located at this line.
    public let policyNode: PolicyNode

    /// `interval` alone waits the same seconds each time; with `delta` the wait grows linearly,
    /// and with `maxInterval` too, exponentially up to it. `firstFastRetry` makes the first
    /// retry immediate.
    ///
    /// ```swift
    /// Retry(condition: "@(context.Response.StatusCode == 503)", count: 3, interval: 1, maxInterval: 10, delta: 2) {
    ///     ForwardRequest(timeout: 30)
    /// }
    /// ```
    public init(condition: PolicyValue, count: PolicyValue, interval: PolicyValue, maxInterval: PolicyValue? = nil, delta: PolicyValue? = nil, firstFastRetry: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        policyNode = statement("retry", [
            ("condition", condition), ("count", count), ("interval", interval), ("max-interval", maxInterval), ("delta", delta), ("first-fast-retry", firstFastRetry.policyValue),
        ], children: statements().map(\.policyNode), file, line, column)
    }
}

/// `limit-concurrency`: at most `maxCount` requests per key run its statements at once.
///
/// ```swift
/// Inbound {
///     LimitConcurrency(key: "status-dependencies", maxCount: 5) {
///         SendRequest(responseVariableName: "catalogHealth", url: "https://catalog.internal.fabrikam.com/health", method: .get)
///     }
/// }
/// ```
public struct LimitConcurrency: PolicyStatement {
    /// The `limit-concurrency` element, located at this line.
    public let policyNode: PolicyNode

    /// Requests beyond `maxCount` for the same key are refused with 429.
    ///
    /// ```swift
    /// LimitConcurrency(key: "@(context.Subscription.Id)", maxCount: 10) {
    ///     ForwardRequest(timeout: 30)
    /// }
    /// ```
    public init(key: PolicyValue, maxCount: Int, file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        policyNode = statement("limit-concurrency", [("key", key), ("max-count", PolicyValue(maxCount))], children: statements().map(\.policyNode), file, line, column)
    }
}

/// A branch of `Choose`: `When(condition) { … }` or `Otherwise { … }`.
public protocol ChooseBranch {
    /// The `<when>` or `<otherwise>` element.
    var branchNode: PolicyNode { get }
}

/// `choose`: the statements of the first `When` whose condition holds, else `Otherwise`.
///
/// ```swift
/// Choose {
///     When("@(context.Request.Method == \"DELETE\")") { SetStatus(code: 405, reason: "Method Not Allowed") }
///     Otherwise { Base() }
/// }
/// ```
public struct Choose: PolicyStatement {
    /// The `choose` element, located at this line.
    public let policyNode: PolicyNode

    /// Branches are tried in order; put `Otherwise` last.
    ///
    /// ```swift
    /// Choose {
    ///     When("@(context.Variables.ContainsKey(\"cachedProduct\"))") {
    ///         ReturnResponse(status: SetStatus(code: 200, reason: "OK"), body: SetBody("@((string)context.Variables[\"cachedProduct\"])"))
    ///     }
    ///     Otherwise {
    ///         SetVariable("productId", value: "@(context.Request.MatchedParameters[\"productId\"])")
    ///     }
    /// }
    /// ```
    public init(file: String = #filePath, line: Int = #line, column: Int = #column, @ListBuilder<any ChooseBranch> _ branches: () -> [any ChooseBranch]) {
        policyNode = statement("choose", [], children: branches().map(\.branchNode), file, line, column)
    }
}

/// `<when condition="@(…)">` inside `Choose`.
///
/// ```swift
/// When("@(context.Request.Headers.ContainsKey(\"X-Debug\"))") { Trace(source: "debug", message: "@(context.Request.Url.ToString())") }
/// ```
public struct When: ChooseBranch {
    /// The `when` element and its statements.
    public let branchNode: PolicyNode

    /// `condition` is a boolean policy expression, `@(…)`.
    ///
    /// ```swift
    /// When("@(context.Response.StatusCode == 404)") { SetBody("{\"error\": \"not found\"}") }
    /// ```
    public init(_ condition: PolicyValue, @ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        branchNode = part("when", [("condition", condition)], children: statements().map(\.policyNode))
    }
}

/// `<otherwise>` inside `Choose`.
///
/// ```swift
/// Otherwise { SetVariable("productId", value: "@(context.Request.MatchedParameters[\"productId\"])") }
/// ```
public struct Otherwise: ChooseBranch {
    /// The `otherwise` element and its statements.
    public let branchNode: PolicyNode

    /// Runs when no `When` matched.
    ///
    /// ```swift
    /// Otherwise { ForwardRequest() }
    /// ```
    public init(@ListBuilder<any PolicyStatement> _ statements: () -> [any PolicyStatement]) {
        branchNode = part("otherwise", children: statements().map(\.policyNode))
    }
}

/// `include-fragment`: the statements of a declared `PolicyFragment`.
///
/// ```swift
/// Inbound { IncludeFragment("correlation") }
/// ```
public struct IncludeFragment: PolicyStatement {
    /// The `include-fragment` element, located at this line.
    public let policyNode: PolicyNode

    /// The fragment must be declared with `PolicyFragment`; its statements must suit the section
    /// they land in.
    ///
    /// ```swift
    /// IncludeFragment("correlation")
    /// ```
    public init(_ fragmentID: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("include-fragment", [("fragment-id", Optional(fragmentID).plainValue)], file, line, column)
    }
}

/// Policy XML the DSL does not model, checked for well-formedness and against the policy
/// catalog like every other statement.
///
/// ```swift
/// Outbound { RawPolicy("<redirect-content-urls />") }
/// ```
public struct RawPolicy: PolicyStatement {
    /// The XML as written, located at this line.
    public let policyNode: PolicyNode

    /// One or more policy elements as API Management's XML; named values and expressions in it
    /// are written as they stand.
    ///
    /// ```swift
    /// RawPolicy("<redirect-content-urls />")
    /// ```
    public init(_ xml: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = .raw(RawPolicyXML(xml: xml, location: .here(file, line, column)))
    }
}

/// `send-request`: calls another service and stores the response in a variable.
///
/// ```swift
/// Inbound { SendRequest(responseVariableName: "catalogHealth", mode: .new, timeout: 10, ignoreError: true, url: "https://catalog.internal.fabrikam.com/health", method: .get) }
/// ```
public struct SendRequest: PolicyStatement {
    /// The `send-request` element, located at this line.
    public let policyNode: PolicyNode

    /// Whether the request starts empty or copies the current one.
    ///
    /// ```swift
    /// SendRequest(responseVariableName: "mirror", mode: .copy, url: "https://audit.internal.fabrikam.com/requests")
    /// ```
    public enum Mode: String, Codable, Sendable { case new, copy }

    /// The response lands in `context.Variables[responseVariableName]` as an `IResponse`; with
    /// `ignoreError: true` a failed call leaves it null instead of failing the request. `timeout`
    /// is in seconds.
    ///
    /// ```swift
    /// SendRequest(responseVariableName: "token", mode: .new, timeout: 10, url: "https://login.fabrikam.com/token", method: .post,
    ///             headers: [SetHeader("Content-Type", value: "application/x-www-form-urlencoded")],
    ///             body: SetBody("grant_type=client_credentials"))
    /// ```
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
