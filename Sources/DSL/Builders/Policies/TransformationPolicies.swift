/// What `set-header` and `set-query-parameter` do when the name is already present.
public enum ExistsAction: String, Hashable, Sendable {
    case override, skip, append, delete
}

/// `set-header`: sets, appends or deletes a request or response header.
public struct SetHeader: PolicyStatement {
    public let policyNode: PolicyNode

    public init(_ name: PolicyValue, existsAction: ExistsAction? = nil, values: [PolicyValue] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-header", [("name", name), ("exists-action", existsAction?.policyValue)], children: textParts("value", values), file, line, column)
    }

    public init(_ name: PolicyValue, value: PolicyValue, existsAction: ExistsAction? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name, existsAction: existsAction, values: [value], file: file, line: line, column: column)
    }
}

/// `set-query-parameter`: sets, appends or deletes a query parameter of the request.
public struct SetQueryParameter: PolicyStatement {
    public let policyNode: PolicyNode

    public init(_ name: PolicyValue, existsAction: ExistsAction? = nil, values: [PolicyValue] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-query-parameter", [("name", name), ("exists-action", existsAction?.policyValue)], children: textParts("value", values), file, line, column)
    }
}

/// `set-body`: replaces the request or response body (text, an expression or a Liquid template).
public struct SetBody: PolicyStatement {
    public let policyNode: PolicyNode

    /// The template language of the body.
    public enum Template: String, Hashable, Sendable { case liquid, none }

    /// With `.liquid`, `{{…}}` in the body is Liquid markup, not a named-value reference.
    public init(_ body: PolicyValue, template: Template? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        let content: PolicyValue = template == .liquid ? .text([.literal(body.description)]) : body
        policyNode = statement("set-body", [("template", template?.policyValue)], children: [.text(content)], file, line, column)
    }
}

/// `set-status`: sets the response status code and reason.
public struct SetStatus: PolicyStatement {
    public let policyNode: PolicyNode

    public init(code: Int, reason: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-status", [("code", PolicyValue(code)), ("reason", reason)], file, line, column)
    }
}

/// `set-method`: changes the request's HTTP method.
public struct SetMethod: PolicyStatement {
    public let policyNode: PolicyNode

    public init(_ method: HTTPMethod, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-method", [], children: [.text(method.policyValue)], file, line, column)
    }
}

/// `set-variable`: stores a value in `context.Variables`.
public struct SetVariable: PolicyStatement {
    public let policyNode: PolicyNode

    public init(_ name: String, value: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-variable", [("name", Optional(name).plainValue), ("value", value)], file, line, column)
    }
}

/// `rewrite-uri`: rewrites the request URL to the backend's form.
public struct RewriteURI: PolicyStatement {
    public let policyNode: PolicyNode

    public init(template: PolicyValue, copyUnmatchedParams: Bool? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("rewrite-uri", [("template", template), ("copy-unmatched-params", copyUnmatchedParams.policyValue)], file, line, column)
    }
}

/// `set-backend-service`: routes the request to a base URL or a declared `APIBackend`.
public struct SetBackendService: PolicyStatement {
    public let policyNode: PolicyNode

    public init(baseURL: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-backend-service", [("base-url", baseURL)], file, line, column)
    }

    public init(backendID: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("set-backend-service", [("backend-id", backendID)], file, line, column)
    }
}

/// `json-to-xml`: converts a JSON body to XML.
public struct JSONToXML: PolicyStatement {
    public let policyNode: PolicyNode

    /// When the conversion applies.
    public enum Apply: String, Hashable, Sendable {
        case always
        case contentTypeJSON = "content-type-json"
    }

    public init(apply: Apply, considerAcceptHeader: Bool? = nil, parseDate: Bool? = nil, namespaceSeparator: String? = nil, namespacePrefix: String? = nil,
                attributeBlockName: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("json-to-xml", [
            ("apply", apply.policyValue), ("consider-accept-header", considerAcceptHeader.policyValue), ("parse-date", parseDate.policyValue),
            ("namespace-separator", namespaceSeparator.plainValue), ("namespace-prefix", namespacePrefix.plainValue), ("attribute-block-name", attributeBlockName.plainValue),
        ], file, line, column)
    }
}

/// `xml-to-json`: converts an XML body to JSON.
public struct XMLToJSON: PolicyStatement {
    public let policyNode: PolicyNode

    /// The shape of the JSON produced.
    public enum Kind: String, Hashable, Sendable {
        case javascriptFriendly = "javascript-friendly"
        case direct
    }

    /// When the conversion applies.
    public enum Apply: String, Hashable, Sendable {
        case always
        case contentTypeXML = "content-type-xml"
    }

    public init(kind: Kind, apply: Apply, considerAcceptHeader: Bool? = nil, alwaysArrayChildElements: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("xml-to-json", [
            ("kind", kind.policyValue), ("apply", apply.policyValue), ("consider-accept-header", considerAcceptHeader.policyValue),
            ("always-array-child-elements", alwaysArrayChildElements.policyValue),
        ], file, line, column)
    }
}

/// `find-and-replace`: replaces text in the body.
public struct FindAndReplace: PolicyStatement {
    public let policyNode: PolicyNode

    public init(from: PolicyValue, to: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("find-and-replace", [("from", from), ("to", to)], file, line, column)
    }
}

/// `mock-response`: answers from the operation's response examples without calling the backend.
public struct MockResponse: PolicyStatement {
    public let policyNode: PolicyNode

    public init(statusCode: Int? = nil, contentType: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("mock-response", [("status-code", statusCode.policyValue), ("content-type", contentType.plainValue)], file, line, column)
    }
}

/// `return-response`: stops the pipeline and answers with this status, headers and body.
public struct ReturnResponse: PolicyStatement {
    public let policyNode: PolicyNode

    public init(responseVariableName: String? = nil, status: SetStatus? = nil, headers: [SetHeader] = [], body: SetBody? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        var children: [PolicyNode] = []
        if let status { children.append(status.policyNode.unlocated) }
        children += headers.map(\.policyNode.unlocated)
        if let body { children.append(body.policyNode.unlocated) }
        policyNode = statement("return-response", [("response-variable-name", responseVariableName.plainValue)], children: children, file, line, column)
    }
}
