/// What `set-header` and `set-query-parameter` do when the name is already present.
/// Without one API Management overrides.
///
/// ```swift
/// SetHeader("X-Correlation-Id", value: "@(context.RequestId.ToString())", existsAction: .skip)
/// ```
public enum ExistsAction: String, Hashable, Sendable {
    /// `override` replaces the values, `skip` keeps the present ones, `append` adds to them,
    /// `delete` removes the name.
    case override, skip, append, delete
}

/// `set-header`: sets, appends or deletes a request or response header.
///
/// ```swift
/// Outbound { SetHeader("X-Powered-By", existsAction: .delete) }
/// ```
public struct SetHeader: PolicyStatement {
    /// The `set-header` element, located at this line.
    public let policyNode: PolicyNode

    /// A header with several values, or none with `.delete`. A credential belongs in a named
    /// value (`{{orders-key}}`), not in the policy's text.
    ///
    /// ```swift
    /// SetHeader("X-AspNet-Version", existsAction: .delete)
    /// SetHeader("Accept", existsAction: .override, values: ["application/json", "text/json"])
    /// ```
    public init(_ name: PolicyValue, existsAction: ExistsAction? = nil, values: [PolicyValue] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-header", [("name", name), ("exists-action", existsAction?.policyValue)], children: textParts("value", values), file, line, column)
    }

    /// One value, literal, `{{named-value}}` or an expression.
    ///
    /// ```swift
    /// SetHeader("X-Correlation-Id", value: "@(context.RequestId.ToString())", existsAction: .skip)
    /// ```
    public init(_ name: PolicyValue, value: PolicyValue, existsAction: ExistsAction? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name, existsAction: existsAction, values: [value], file: file, line: line, column: column)
    }
}

/// `set-query-parameter`: sets, appends or deletes a query parameter of the request.
///
/// ```swift
/// Inbound { SetQueryParameter("format", existsAction: .override, values: ["xml"]) }
/// ```
public struct SetQueryParameter: PolicyStatement {
    /// The `set-query-parameter` element, located at this line.
    public let policyNode: PolicyNode

    /// Inbound and backend sections only: it changes the request.
    ///
    /// ```swift
    /// SetQueryParameter("api-key", existsAction: .override, values: ["{{legacy-backend-key}}"])
    /// ```
    public init(_ name: PolicyValue, existsAction: ExistsAction? = nil, values: [PolicyValue] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-query-parameter", [("name", name), ("exists-action", existsAction?.policyValue)], children: textParts("value", values), file, line, column)
    }
}

/// `set-body`: replaces the request or response body (text, an expression or a Liquid template).
///
/// ```swift
/// Inbound { SetBody("<Invoice><Id>{{body.invoiceId}}</Id></Invoice>", template: .liquid) }
/// ```
public struct SetBody: PolicyStatement {
    /// The `set-body` element, located at this line.
    public let policyNode: PolicyNode

    /// The template language of the body.
    ///
    /// ```swift
    /// SetBody("{\"id\": \"{{body.orderId}}\"}", template: .liquid)
    /// ```
    public enum Template: String, Hashable, Sendable { case liquid, none }

    /// With `.liquid`, `{{…}}` in the body is Liquid markup, not a named-value reference.
    ///
    /// ```swift
    /// SetBody("@((string)context.Variables[\"cachedProduct\"])")
    /// SetBody("<Invoice><Id>{{body.invoiceId}}</Id></Invoice>", template: .liquid)
    /// ```
    public init(_ body: PolicyValue, template: Template? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        let content: PolicyValue = template == .liquid ? .text([.literal(body.description)]) : body
        policyNode = statement("set-body", [("template", template?.policyValue)], children: [.text(content)], file, line, column)
    }
}

/// `set-status`: sets the response status code and reason.
///
/// ```swift
/// OnError { SetStatus(code: 503, reason: "Service Unavailable") }
/// ```
public struct SetStatus: PolicyStatement {
    /// The `set-status` element, located at this line.
    public let policyNode: PolicyNode

    /// Also the status part of a `ReturnResponse`.
    ///
    /// ```swift
    /// SetStatus(code: 429, reason: "Too Many Requests")
    /// ```
    public init(code: Int, reason: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-status", [("code", PolicyValue(code)), ("reason", reason)], file, line, column)
    }
}

/// `set-method`: changes the request's HTTP method.
///
/// ```swift
/// Inbound { SetMethod(.post) }
/// ```
public struct SetMethod: PolicyStatement {
    /// The `set-method` element, located at this line.
    public let policyNode: PolicyNode

    /// Inbound and on-error sections only.
    ///
    /// ```swift
    /// SetMethod(.post)
    /// ```
    public init(_ method: HTTPMethod, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-method", [], children: [.text(method.policyValue)], file, line, column)
    }
}

/// `set-variable`: stores a value in `context.Variables`.
///
/// ```swift
/// Inbound { SetVariable("productId", value: "@(context.Request.MatchedParameters[\"productId\"])") }
/// ```
public struct SetVariable: PolicyStatement {
    /// The `set-variable` element, located at this line.
    public let policyNode: PolicyNode

    /// Later statements read it as `context.Variables["name"]`, for the rest of the request.
    ///
    /// ```swift
    /// SetVariable("tenant", value: "@(context.Request.Headers.GetValueOrDefault(\"X-Tenant\", \"default\"))")
    /// ```
    public init(_ name: String, value: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-variable", [("name", Optional(name).plainValue), ("value", value)], file, line, column)
    }
}

/// `rewrite-uri`: rewrites the request URL to the backend's form.
///
/// ```swift
/// Inbound { RewriteURI(template: "/legacy/export", copyUnmatchedParams: true) }
/// ```
public struct RewriteURI: PolicyStatement {
    /// The `rewrite-uri` element, located at this line.
    public let policyNode: PolicyNode

    /// The template is relative to the backend's URL and may use the operation's template
    /// parameters (`/v2/orders/{orderId}`).
    ///
    /// ```swift
    /// RewriteURI(template: "/legacy/export", copyUnmatchedParams: true)
    /// ```
    public init(template: PolicyValue, copyUnmatchedParams: Bool? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("rewrite-uri", [("template", template), ("copy-unmatched-params", copyUnmatchedParams.policyValue)], file, line, column)
    }
}

/// `set-backend-service`: routes the request to a base URL or a declared `APIBackend`.
///
/// ```swift
/// Inbound { SetBackendService(backendID: "catalog-backend") }
/// ```
public struct SetBackendService: PolicyStatement {
    /// The `set-backend-service` element, located at this line.
    public let policyNode: PolicyNode

    /// Per environment through a named value.
    ///
    /// ```swift
    /// SetBackendService(baseURL: "{{orders-backend-url}}")
    /// ```
    public init(baseURL: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-backend-service", [("base-url", baseURL)], file, line, column)
    }

    /// A declared `APIBackend`, with its credentials and TLS checks.
    ///
    /// ```swift
    /// SetBackendService(backendID: "catalog-backend")
    /// ```
    public init(backendID: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-backend-service", [("backend-id", backendID)], file, line, column)
    }
}

/// `json-to-xml`: converts a JSON body to XML.
///
/// ```swift
/// Inbound { JSONToXML(apply: .contentTypeJSON, considerAcceptHeader: false) }
/// ```
public struct JSONToXML: PolicyStatement {
    /// The `json-to-xml` element, located at this line.
    public let policyNode: PolicyNode

    /// When the conversion applies.
    ///
    /// ```swift
    /// JSONToXML(apply: .always)
    /// ```
    public enum Apply: String, Hashable, Sendable {
        /// Whatever the content type.
        case always
        /// Only when the body's `Content-Type` is JSON.
        case contentTypeJSON = "content-type-json"
    }

    /// With `considerAcceptHeader` it converts only when the caller accepts XML.
    ///
    /// ```swift
    /// JSONToXML(apply: .contentTypeJSON, considerAcceptHeader: false)
    /// ```
    public init(apply: Apply, considerAcceptHeader: Bool? = nil, parseDate: Bool? = nil, namespaceSeparator: String? = nil, namespacePrefix: String? = nil,
                attributeBlockName: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("json-to-xml", [
            ("apply", apply.policyValue), ("consider-accept-header", considerAcceptHeader.policyValue), ("parse-date", parseDate.policyValue),
            ("namespace-separator", namespaceSeparator.plainValue), ("namespace-prefix", namespacePrefix.plainValue), ("attribute-block-name", attributeBlockName.plainValue),
        ], file, line, column)
    }
}

/// `xml-to-json`: converts an XML body to JSON.
///
/// ```swift
/// Outbound { XMLToJSON(kind: .javascriptFriendly, apply: .contentTypeXML, considerAcceptHeader: true) }
/// ```
public struct XMLToJSON: PolicyStatement {
    /// The `xml-to-json` element, located at this line.
    public let policyNode: PolicyNode

    /// The shape of the JSON produced.
    ///
    /// ```swift
    /// XMLToJSON(kind: .direct, apply: .always)
    /// ```
    public enum Kind: String, Hashable, Sendable {
        /// A shape convenient for JavaScript clients.
        case javascriptFriendly = "javascript-friendly"
        /// The XML document's structure as it stands.
        case direct
    }

    /// When the conversion applies.
    ///
    /// ```swift
    /// XMLToJSON(kind: .javascriptFriendly, apply: .contentTypeXML)
    /// ```
    public enum Apply: String, Hashable, Sendable {
        /// Whatever the content type.
        case always
        /// Only when the body's `Content-Type` is XML.
        case contentTypeXML = "content-type-xml"
    }

    /// With `considerAcceptHeader` it converts only when the caller accepts JSON.
    ///
    /// ```swift
    /// XMLToJSON(kind: .javascriptFriendly, apply: .contentTypeXML, considerAcceptHeader: true)
    /// ```
    public init(kind: Kind, apply: Apply, considerAcceptHeader: Bool? = nil, alwaysArrayChildElements: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("xml-to-json", [
            ("kind", kind.policyValue), ("apply", apply.policyValue), ("consider-accept-header", considerAcceptHeader.policyValue),
            ("always-array-child-elements", alwaysArrayChildElements.policyValue),
        ], file, line, column)
    }
}

/// `find-and-replace`: replaces text in the body.
///
/// ```swift
/// Outbound { FindAndReplace(from: "catalog.internal.fabrikam.com", to: "api.fabrikam.com") }
/// ```
public struct FindAndReplace: PolicyStatement {
    /// The `find-and-replace` element, located at this line.
    public let policyNode: PolicyNode

    /// Every occurrence in the body of the request or response the section handles.
    ///
    /// ```swift
    /// FindAndReplace(from: "catalog.internal.fabrikam.com", to: "api.fabrikam.com")
    /// ```
    public init(from: PolicyValue, to: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("find-and-replace", [("from", from), ("to", to)], file, line, column)
    }
}

/// `mock-response`: answers from the operation's response examples without calling the backend.
///
/// ```swift
/// Inbound { MockResponse(statusCode: 200, contentType: "application/json") }
/// ```
public struct MockResponse: PolicyStatement {
    /// The `mock-response` element, located at this line.
    public let policyNode: PolicyNode

    /// It answers from the operation's documented example or schema for `statusCode` and
    /// `contentType`, so the backend can be missing while the API is designed.
    ///
    /// ```swift
    /// MockResponse(statusCode: 200, contentType: "application/json")
    /// ```
    public init(statusCode: Int? = nil, contentType: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("mock-response", [("status-code", statusCode.policyValue), ("content-type", contentType.plainValue)], file, line, column)
    }
}

/// `return-response`: stops the pipeline and answers with this status, headers and body.
///
/// ```swift
/// Inbound { ReturnResponse(status: SetStatus(code: 200, reason: "OK"), headers: [SetHeader("Content-Type", value: "application/json")]) }
/// ```
public struct ReturnResponse: PolicyStatement {
    /// The `return-response` element, located at this line.
    public let policyNode: PolicyNode

    /// The status, headers and body are written inside it in that order; `responseVariableName`
    /// answers with a response stored by `SendRequest` instead.
    ///
    /// ```swift
    /// ReturnResponse(status: SetStatus(code: 200, reason: "OK"),
    ///                headers: [SetHeader("Content-Type", value: "application/json")],
    ///                body: SetBody("@((string)context.Variables[\"cachedProduct\"])"))
    /// ```
    public init(responseVariableName: String? = nil, status: SetStatus? = nil, headers: [SetHeader] = [], body: SetBody? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        var children: [PolicyNode] = []
        if let status { children.append(status.policyNode.unlocated) }
        children += headers.map(\.policyNode.unlocated)
        if let body { children.append(body.policyNode.unlocated) }
        policyNode = statement("return-response", [("response-variable-name", responseVariableName.plainValue)], children: children, file, line, column)
    }
}
