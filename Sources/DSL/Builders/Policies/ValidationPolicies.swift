/// What a `validate-*` policy does with a violation.
///
/// ```swift
/// ValidateParameters(specifiedParameterAction: .prevent, unspecifiedParameterAction: .detect)
/// ```
public enum PolicyValidationAction: String, Hashable, Sendable {
    /// `ignore` skips the check, `prevent` rejects the request or response, `detect` only logs the
    /// violation.
    case ignore, prevent, detect
}

/// `validate-content`: checks request or response bodies against size and schema.
///
/// ```swift
/// Inbound {
///     ValidateContent(unspecifiedContentTypeAction: .prevent, maxSize: 102_400, sizeExceededAction: .prevent,
///                     contents: [ValidateContent.Content(type: "application/json", validateAs: .json, action: .prevent)])
/// }
/// ```
public struct ValidateContent: PolicyStatement {
    /// The `validate-content` element, located at this line.
    public let policyNode: PolicyNode

    /// One content type and how it is validated.
    ///
    /// ```swift
    /// ValidateContent.Content(type: "application/json", validateAs: .json, action: .prevent, allowAdditionalProperties: false)
    /// ```
    public struct Content: Hashable, Sendable {
        /// The schema language.
        ///
        /// ```swift
        /// ValidateContent.Content(type: "text/xml", validateAs: .soap)
        /// ```
        public enum Kind: String, Hashable, Sendable { case json, xml, soap }

        /// The media type it applies to (`application/json`).
        public var type: String?
        /// The schema language the body is checked with.
        public var validateAs: Kind
        /// What a body that breaks the schema does.
        public var action: PolicyValidationAction?
        /// Whether JSON properties the schema does not list are accepted.
        public var allowAdditionalProperties: Bool?
        /// A schema added to the service, by id, instead of the API definition's.
        public var schemaID: String?

        ///
        /// ```swift
        /// ValidateContent.Content(type: "application/json", validateAs: .json, action: .prevent)
        /// ```
        public init(type: String? = nil, validateAs: Kind, action: PolicyValidationAction? = nil, allowAdditionalProperties: Bool? = nil, schemaID: String? = nil) {
            self.type = type
            self.validateAs = validateAs
            self.action = action
            self.allowAdditionalProperties = allowAdditionalProperties
            self.schemaID = schemaID
        }
    }

    /// `maxSize` is in bytes; the schemas come from the API's definition (`importing:`) unless
    /// a content names one with `schemaID`.
    ///
    /// ```swift
    /// ValidateContent(unspecifiedContentTypeAction: .prevent, maxSize: 102_400, sizeExceededAction: .prevent,
    ///                 contents: [ValidateContent.Content(type: "application/json", validateAs: .json, action: .prevent)])
    /// ```
    public init(unspecifiedContentTypeAction: PolicyValidationAction, maxSize: Int, sizeExceededAction: PolicyValidationAction, errorsVariableName: String? = nil,
                contents: [Content] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        let children = contents.map { content in
            part("content", [("type", content.type.plainValue), ("validate-as", content.validateAs.policyValue), ("schema-id", content.schemaID.plainValue),
                             ("action", content.action?.policyValue), ("allow-additional-properties", content.allowAdditionalProperties.policyValue)])
        }
        policyNode = statement("validate-content", [
            ("unspecified-content-type-action", unspecifiedContentTypeAction.policyValue), ("max-size", PolicyValue(maxSize)),
            ("size-exceeded-action", sizeExceededAction.policyValue), ("errors-variable-name", errorsVariableName.plainValue),
        ], children: children, file, line, column)
    }
}

/// `validate-parameters`: checks request parameters against the API's definition.
///
/// ```swift
/// Inbound { ValidateParameters(specifiedParameterAction: .prevent, unspecifiedParameterAction: .prevent) }
/// ```
public struct ValidateParameters: PolicyStatement {
    /// The `validate-parameters` element, located at this line.
    public let policyNode: PolicyNode

    /// The definition is the API's operations and their `OperationParameter`s (or the imported
    /// document).
    ///
    /// ```swift
    /// ValidateParameters(specifiedParameterAction: .prevent, unspecifiedParameterAction: .detect, errorsVariableName: "parameterErrors")
    /// ```
    public init(specifiedParameterAction: PolicyValidationAction, unspecifiedParameterAction: PolicyValidationAction, errorsVariableName: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("validate-parameters", [
            ("specified-parameter-action", specifiedParameterAction.policyValue), ("unspecified-parameter-action", unspecifiedParameterAction.policyValue),
            ("errors-variable-name", errorsVariableName.plainValue),
        ], file, line, column)
    }
}

/// `validate-headers`: checks response headers against the API's definition.
///
/// ```swift
/// Outbound { ValidateHeaders(specifiedHeaderAction: .detect, unspecifiedHeaderAction: .ignore) }
/// ```
public struct ValidateHeaders: PolicyStatement {
    /// The `validate-headers` element, located at this line.
    public let policyNode: PolicyNode

    /// Outbound and on-error sections only; `headers` sets the action for single headers.
    ///
    /// ```swift
    /// ValidateHeaders(specifiedHeaderAction: .detect, unspecifiedHeaderAction: .ignore, headers: [(name: "ETag", action: .prevent)])
    /// ```
    public init(specifiedHeaderAction: PolicyValidationAction, unspecifiedHeaderAction: PolicyValidationAction, errorsVariableName: String? = nil,
                headers: [(name: String, action: PolicyValidationAction)] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("validate-headers", [
            ("specified-header-action", specifiedHeaderAction.policyValue), ("unspecified-header-action", unspecifiedHeaderAction.policyValue),
            ("errors-variable-name", errorsVariableName.plainValue),
        ], children: headers.map { part("header", [("name", Optional($0.name).plainValue), ("action", $0.action.policyValue)]) }, file, line, column)
    }
}

/// `validate-status-code`: checks response status codes against the API's definition.
///
/// ```swift
/// Outbound { ValidateStatusCode(unspecifiedStatusCodeAction: .detect) }
/// ```
public struct ValidateStatusCode: PolicyStatement {
    /// The `validate-status-code` element, located at this line.
    public let policyNode: PolicyNode

    /// Outbound and on-error sections only; `statusCodes` sets the action for single codes.
    ///
    /// ```swift
    /// ValidateStatusCode(unspecifiedStatusCodeAction: .detect, statusCodes: [(code: 418, action: .ignore)])
    /// ```
    public init(unspecifiedStatusCodeAction: PolicyValidationAction, errorsVariableName: String? = nil, statusCodes: [(code: Int, action: PolicyValidationAction)] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("validate-status-code", [
            ("unspecified-status-code-action", unspecifiedStatusCodeAction.policyValue), ("errors-variable-name", errorsVariableName.plainValue),
        ], children: statusCodes.map { part("status-code", [("code", PolicyValue($0.code)), ("action", $0.action.policyValue)]) }, file, line, column)
    }
}
