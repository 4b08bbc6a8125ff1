/// `authentication-managed-identity`: sends a token for `resource` obtained with the service's
/// managed identity (a user-assigned one when `clientID` is given).
public struct AuthenticationManagedIdentity: PolicyStatement {
    public let policyNode: PolicyNode

    public init(resource: PolicyValue, clientID: String? = nil, outputTokenVariableName: String? = nil, ignoreError: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("authentication-managed-identity", [
            ("resource", resource), ("client-id", clientID.plainValue), ("output-token-variable-name", outputTokenVariableName.plainValue), ("ignore-error", ignoreError.policyValue),
        ], file, line, column)
    }
}

/// `authentication-certificate`: presents a client certificate (an API Management
/// certificate, by id or thumbprint) to the backend.
public struct AuthenticationCertificate: PolicyStatement {
    public let policyNode: PolicyNode

    public init(certificateID: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("authentication-certificate", [("certificate-id", certificateID)], file, line, column)
    }

    public init(thumbprint: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("authentication-certificate", [("thumbprint", thumbprint)], file, line, column)
    }
}
