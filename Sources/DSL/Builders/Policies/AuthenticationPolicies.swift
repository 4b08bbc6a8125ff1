/// `authentication-managed-identity`: sends a token for `resource` obtained with the service's
/// managed identity (a user-assigned one when `clientID` is given).
///
/// ```swift
/// Inbound { AuthenticationManagedIdentity(resource: "api://fabrikam-catalog-backend") }
/// ```
public struct AuthenticationManagedIdentity: PolicyStatement {
    /// The `authentication-managed-identity` element, located at this line.
    public let policyNode: PolicyNode

    /// The token (for an app ID URI, or `https://vault.azure.net`, …) goes to the backend as
    /// `Authorization: Bearer`. A `clientID` names a user-assigned identity attached to the
    /// service (`identities:`); without one the system-assigned identity must be on.
    ///
    /// ```swift
    /// AuthenticationManagedIdentity(resource: "api://fabrikam-catalog-backend")
    /// AuthenticationManagedIdentity(resource: "https://storage.azure.com/", outputTokenVariableName: "storageToken", ignoreError: true)
    /// ```
    public init(resource: PolicyValue, clientID: String? = nil, outputTokenVariableName: String? = nil, ignoreError: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("authentication-managed-identity", [
            ("resource", resource), ("client-id", clientID.plainValue), ("output-token-variable-name", outputTokenVariableName.plainValue), ("ignore-error", ignoreError.policyValue),
        ], file, line, column)
    }
}

/// `authentication-certificate`: presents a client certificate (an API Management
/// certificate, by id or thumbprint) to the backend.
///
/// ```swift
/// Inbound { AuthenticationCertificate(certificateID: "billing-client") }
/// ```
public struct AuthenticationCertificate: PolicyStatement {
    /// The `authentication-certificate` element, located at this line.
    public let policyNode: PolicyNode

    /// A `Certificate` the service holds, by name: the service reads it from Key Vault.
    ///
    /// ```swift
    /// AuthenticationCertificate(certificateID: "billing-client")
    /// ```
    public init(certificateID: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("authentication-certificate", [("certificate-id", certificateID)], file, line, column)
    }

    /// A certificate uploaded to the service, by thumbprint; prefer `certificateID:`, which
    /// follows Key Vault renewals.
    ///
    /// ```swift
    /// AuthenticationCertificate(thumbprint: "{{billing-client-thumbprint}}")
    /// ```
    public init(thumbprint: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("authentication-certificate", [("thumbprint", thumbprint)], file, line, column)
    }
}
