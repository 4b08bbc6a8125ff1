/// Secrets written in clear: a plain named value whose name says it holds a secret, and a
/// credential header (`Authorization`, subscription or API keys) set to literal text. Both end
/// up readable in the policy files, the templates and the deployment history.
extension ValidationContext {
    static let secretNameMarkers = ["secret", "password", "passwd", "apikey", "api-key", "api_key", "token", "connectionstring", "connection-string", "credential", "privatekey", "private-key", "clientkey", "client-key", "sastoken", "sas-token"]
    static let credentialHeaders: Set<String> = ["authorization", "proxy-authorization", "ocp-apim-subscription-key", "x-api-key", "api-key", "x-functions-key"]

    /// Whether a name reads like a secret's (`payments-api-key`, `dbPassword`, `sas-token`).
    static func looksSecret(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return secretNameMarkers.contains { lowered.contains($0) } || lowered.hasSuffix("-key") || lowered.hasSuffix("_key") || lowered == "key"
    }

    mutating func checkSecretNamedValues() {
        for namedValue in deployment.apiManagement?.content.namedValues ?? [] {
            guard case .plain = namedValue.value, Self.looksSecret(namedValue.name) else { continue }
            warning("named value '\(namedValue.name)' looks like a secret but is plain: its value is stored unencrypted and shown in every format's output",
                    at: namedValue.location,
                    notes: [.init("declare it .secret(.keyVault(…)) or .secret(.parameter(\"…\")) so it is kept out of the files and marked secret in API Management")])
        }
    }

    /// A credential header whose value is literal text (no named value, no expression).
    mutating func checkCredentialHeader(_ element: PolicyElement, at location: SourceLocation) {
        guard element.name == "set-header", let name = element.attribute("name")?.description, Self.credentialHeaders.contains(name.lowercased()) else { return }
        let literal = element.elements.filter { $0.name == "value" }.flatMap(\.children).contains { node in
            guard case .text(.text(let parts)) = node else { return false }
            return parts.contains { if case .literal(let text) = $0 { !text.trimmingCharacters(in: .whitespaces).isEmpty } else { false } }
                && !parts.contains { if case .namedValue = $0 { true } else { false } }
        }
        guard literal else { return }
        warning("set-header '\(name)' writes a literal credential into the policy, where anyone who can read the policy or its template can read it",
                at: location,
                notes: [.init("reference a secret named value instead: SetHeader(\"\(name)\", value: \"{{…}}\") with NamedValue(…, .secret(.keyVault(…)))"),
                        .init("or let API Management authenticate: AuthenticationManagedIdentity(resource: …) or a credential manager connection")])
    }
}
