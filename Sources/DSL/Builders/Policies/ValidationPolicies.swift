/// What a `validate-*` policy does with a violation.
public enum PolicyValidationAction: String, Hashable, Sendable {
    case ignore, prevent, detect
}

/// `validate-content`: checks request or response bodies against size and schema.
public struct ValidateContent: PolicyStatement {
    public let policyNode: PolicyNode

    /// One content type and how it is validated.
    public struct Content: Hashable, Sendable {
        /// The schema language.
        public enum Kind: String, Hashable, Sendable { case json, xml, soap }

        public var type: String?
        public var validateAs: Kind
        public var action: PolicyValidationAction?
        public var allowAdditionalProperties: Bool?
        public var schemaID: String?

        public init(type: String? = nil, validateAs: Kind, action: PolicyValidationAction? = nil, allowAdditionalProperties: Bool? = nil, schemaID: String? = nil) {
            self.type = type
            self.validateAs = validateAs
            self.action = action
            self.allowAdditionalProperties = allowAdditionalProperties
            self.schemaID = schemaID
        }
    }

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
public struct ValidateParameters: PolicyStatement {
    public let policyNode: PolicyNode

    public init(specifiedParameterAction: PolicyValidationAction, unspecifiedParameterAction: PolicyValidationAction, errorsVariableName: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("validate-parameters", [
            ("specified-parameter-action", specifiedParameterAction.policyValue), ("unspecified-parameter-action", unspecifiedParameterAction.policyValue),
            ("errors-variable-name", errorsVariableName.plainValue),
        ], file, line, column)
    }
}

/// `validate-headers`: checks response headers against the API's definition.
public struct ValidateHeaders: PolicyStatement {
    public let policyNode: PolicyNode

    public init(specifiedHeaderAction: PolicyValidationAction, unspecifiedHeaderAction: PolicyValidationAction, errorsVariableName: String? = nil,
                headers: [(name: String, action: PolicyValidationAction)] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("validate-headers", [
            ("specified-header-action", specifiedHeaderAction.policyValue), ("unspecified-header-action", unspecifiedHeaderAction.policyValue),
            ("errors-variable-name", errorsVariableName.plainValue),
        ], children: headers.map { part("header", [("name", Optional($0.name).plainValue), ("action", $0.action.policyValue)]) }, file, line, column)
    }
}

/// `validate-status-code`: checks response status codes against the API's definition.
public struct ValidateStatusCode: PolicyStatement {
    public let policyNode: PolicyNode

    public init(unspecifiedStatusCodeAction: PolicyValidationAction, errorsVariableName: String? = nil, statusCodes: [(code: Int, action: PolicyValidationAction)] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("validate-status-code", [
            ("unspecified-status-code-action", unspecifiedStatusCodeAction.policyValue), ("errors-variable-name", errorsVariableName.plainValue),
        ], children: statusCodes.map { part("status-code", [("code", PolicyValue($0.code)), ("action", $0.action.policyValue)]) }, file, line, column)
    }
}
