/// Where each APIM policy may stand and which attributes it takes, generated from the APIM
/// policy catalog (`reference/apim-policies/policies.json`, transcribed from the policy
/// reference articles in MicrosoftDocs/azure-docs). Regenerate rather than edit by hand.
public enum PolicyCatalog {
    /// What the reference article says about one policy.
    public struct Entry: Hashable, Sendable {
        public var sections: Set<PolicySection.Kind>
        public var scopes: Set<PolicyScope.Level>
        /// Every documented attribute, in the article's order.
        public var attributes: [String]
        public var requiredAttributes: [String]
    }

    /// The entry for a policy element name, or nil when it is not a documented policy.
    public static func entry(_ name: String) -> Entry? { entries[name] }

    /// Every documented policy element name.
    public static var policyNames: [String] { entries.keys.sorted() }

    private static func entry(_ sections: [PolicySection.Kind], _ scopes: [PolicyScope.Level], _ attributes: [String], required: [String]) -> Entry {
        Entry(sections: Set(sections), scopes: Set(scopes), attributes: attributes, requiredAttributes: required)
    }

    static let entries: [String: Entry] = [
        "authentication-basic": entry([.inbound], [.global, .product, .api, .operation], ["username", "password"], required: ["username", "password"]),
        "authentication-certificate": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["thumbprint", "certificate-id", "body", "password"], required: []),
        "authentication-managed-identity": entry([.inbound], [.global, .product, .api, .operation], ["resource", "client-id", "output-token-variable-name", "ignore-error"], required: ["resource"]),
        "azure-openai-emit-token-metric": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["namespace", "value"], required: []),
        "azure-openai-semantic-cache-lookup": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["score-threshold", "embeddings-backend-id", "embeddings-backend-auth", "ignore-system-messages", "max-message-count"], required: ["score-threshold", "embeddings-backend-id", "embeddings-backend-auth"]),
        "azure-openai-semantic-cache-store": entry([.outbound], [.global, .workspace, .product, .api, .operation], ["duration"], required: ["duration"]),
        "azure-openai-token-limit": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["counter-key", "tokens-per-minute", "estimate-prompt-tokens", "retry-after-header-name", "retry-after-variable-name", "remaining-tokens-header-name", "remaining-tokens-variable-name", "tokens-consumed-header-name", "tokens-consumed-variable-name"], required: ["counter-key", "tokens-per-minute", "estimate-prompt-tokens"]),
        "cache-lookup": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["allow-private-response-caching", "caching-type", "downstream-caching-type", "must-revalidate", "vary-by-developer", "vary-by-developer-groups"], required: ["vary-by-developer", "vary-by-developer-groups"]),
        "cache-lookup-value": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["caching-type", "default-value", "key", "variable-name"], required: ["key", "variable-name"]),
        "cache-remove-value": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["caching-type", "key"], required: ["key"]),
        "cache-store": entry([.outbound], [.global, .workspace, .product, .api, .operation], ["duration", "cache-response"], required: ["duration"]),
        "cache-store-value": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["caching-type", "duration", "key", "value"], required: ["duration", "key", "value"]),
        "check-header": entry([.inbound], [.global, .product, .api, .operation], ["name", "failed-check-httpcode", "failed-check-error-message", "ignore-case"], required: ["name", "failed-check-httpcode", "failed-check-error-message", "ignore-case"]),
        "choose": entry([.inbound, .outbound, .backend, .onError], [.global, .product, .api, .operation], [], required: []),
        "cors": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["allow-credentials", "terminate-unmatched-request"], required: []),
        "cross-domain": entry([.inbound], [.global], [], required: []),
        "emit-metric": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["name", "namespace", "value"], required: ["name"]),
        "find-and-replace": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["from", "to"], required: ["from", "to"]),
        "forward-request": entry([.backend], [.global, .product, .api, .operation], ["timeout", "follow-redirects", "buffer-request-body", "buffer-response", "fail-on-error-status-code"], required: []),
        "get-authorization-context": entry([.inbound], [.global, .product, .api, .operation], ["provider-id", "authorization-id", "context-variable-name", "identity-type", "identity", "ignore-error"], required: ["provider-id", "authorization-id", "context-variable-name"]),
        "include-fragment": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["fragment-id"], required: ["fragment-id"]),
        "invoke-dapr-binding": entry([.inbound, .outbound, .onError], [.global, .product, .api, .operation], ["name", "operation", "ignore-error", "response-variable-name", "timeout", "template", "content-type"], required: ["name"]),
        "ip-filter": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["action"], required: ["action"]),
        "json-to-xml": entry([.inbound, .outbound, .onError], [.global, .workspace, .product, .api, .operation], ["apply", "consider-accept-header", "parse-date", "namespace-separator", "namespace-prefix", "attribute-block-name"], required: ["apply"]),
        "jsonp": entry([.outbound], [.global, .workspace, .product, .api, .operation], ["callback-parameter-name"], required: ["callback-parameter-name"]),
        "limit-concurrency": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["key", "max-count"], required: ["key", "max-count"]),
        "llm-content-safety": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["backend-id", "shield-prompt"], required: ["backend-id"]),
        "llm-emit-token-metric": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["namespace"], required: []),
        "llm-semantic-cache-lookup": entry([.inbound], [.global, .product, .api, .operation], ["score-threshold", "embeddings-backend-id", "embeddings-backend-auth", "ignore-system-messages", "max-message-count"], required: ["score-threshold", "embeddings-backend-id", "embeddings-backend-auth"]),
        "llm-semantic-cache-store": entry([.outbound], [.global, .product, .api, .operation], ["duration"], required: ["duration"]),
        "llm-token-limit": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["counter-key", "tokens-per-minute", "token-quota", "token-quota-period", "estimate-prompt-tokens", "retry-after-header-name", "retry-after-variable-name", "remaining-quota-tokens-header-name", "remaining-quota-tokens-variable-name", "remaining-tokens-header-name", "remaining-tokens-variable-name", "tokens-consumed-header-name", "tokens-consumed-variable-name"], required: ["counter-key"]),
        "log-to-eventhub": entry([.inbound, .outbound, .backend, .onError], [.global, .product, .api, .operation], ["logger-id", "partition-id", "partition-key"], required: ["logger-id"]),
        "mock-response": entry([.inbound, .outbound, .onError], [.global, .product, .api, .operation], ["status-code", "content-type", "index"], required: []),
        "proxy": entry([.inbound], [.global, .product, .api, .operation], ["url", "username", "password"], required: ["url"]),
        "publish-to-dapr": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["pubsub-name", "topic", "ignore-error", "response-variable-name", "timeout", "template", "content-type"], required: ["topic"]),
        "quota": entry([.inbound], [.product], ["bandwidth", "calls", "renewal-period"], required: ["renewal-period"]),
        "quota-by-key": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["bandwidth", "calls", "counter-key", "increment-condition", "renewal-period", "first-period-start"], required: ["counter-key", "renewal-period"]),
        "rate-limit": entry([.inbound], [.product, .api, .operation], ["calls", "renewal-period", "retry-after-header-name", "retry-after-variable-name", "remaining-calls-header-name", "remaining-calls-variable-name", "total-calls-header-name"], required: ["calls", "renewal-period"]),
        "rate-limit-by-key": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["calls", "counter-key", "increment-condition", "increment-count", "renewal-period", "retry-after-header-name", "retry-after-variable-name", "remaining-calls-header-name", "remaining-calls-variable-name", "total-calls-header-name", "increment-after-response"], required: ["calls", "counter-key", "renewal-period"]),
        "redirect-content-urls": entry([.inbound, .outbound], [.global, .workspace, .product, .api, .operation], [], required: []),
        "retry": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["condition", "count", "interval", "max-interval", "delta", "first-fast-retry"], required: ["condition", "count", "interval"]),
        "return-response": entry([.inbound, .outbound, .backend, .onError], [.global, .product, .api, .operation], ["response-variable-name"], required: []),
        "rewrite-uri": entry([.inbound], [.global, .product, .api, .operation], ["template", "copy-unmatched-params"], required: ["template"]),
        "send-one-way-request": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["mode", "timeout"], required: []),
        "send-request": entry([.inbound, .outbound, .backend, .onError], [.global, .product, .api, .operation], ["mode", "response-variable-name", "timeout", "ignore-error"], required: ["response-variable-name"]),
        "set-backend-service": entry([.inbound, .backend], [.global, .workspace, .product, .api, .operation], ["base-url", "backend-id", "sf-resolve-condition", "sf-service-instance-name", "sf-partition-key", "sf-listener-name", "sf-replica-type", "dapr-app-id", "dapr-method", "dapr-namespace"], required: []),
        "set-body": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["template", "xsi-nil", "parse-date"], required: []),
        "set-header": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["exists-action", "name"], required: ["name"]),
        "set-method": entry([.inbound, .onError], [.global, .product, .api, .operation], [], required: []),
        "set-query-parameter": entry([.inbound, .backend], [.global, .workspace, .product, .api, .operation], ["exists-action", "name"], required: ["name"]),
        "set-status": entry([.inbound, .outbound, .backend, .onError], [.global, .product, .api, .operation], ["code", "reason"], required: ["code"]),
        "set-variable": entry([.inbound, .outbound, .backend, .onError], [.global, .workspace, .product, .api, .operation], ["name", "value"], required: ["name", "value"]),
        "trace": entry([.inbound, .outbound, .backend], [.global, .product, .api, .operation], ["source", "severity"], required: ["source"]),
        "validate-azure-ad-token": entry([.inbound], [.global, .product, .api, .operation], ["tenant-id", "header-name", "query-parameter-name", "token-value", "failed-validation-httpcode", "failed-validation-error-message", "output-token-variable-name"], required: ["tenant-id"]),
        "validate-client-certificate": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["validate-revocation", "validate-trust", "validate-not-before", "validate-not-after", "ignore-error"], required: []),
        "validate-content": entry([.inbound, .outbound, .onError], [.global, .product, .api, .operation], ["unspecified-content-type-action", "max-size", "size-exceeded-action", "errors-variable-name"], required: ["unspecified-content-type-action", "max-size", "size-exceeded-action"]),
        "validate-graphql-request": entry([.inbound], [.global, .product, .api, .operation], ["error-variable-name", "max-size", "max-depth"], required: ["max-size"]),
        "validate-headers": entry([.outbound, .onError], [.global, .workspace, .product, .api, .operation], ["specified-header-action", "unspecified-header-action", "errors-variable-name"], required: ["specified-header-action", "unspecified-header-action"]),
        "validate-jwt": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["header-name", "query-parameter-name", "token-value", "failed-validation-httpcode", "failed-validation-error-message", "require-expiration-time", "require-scheme", "require-signed-tokens", "clock-skew", "output-token-variable-name"], required: []),
        "validate-odata-request": entry([.inbound], [.global, .workspace, .product, .api], ["error-variable-name", "default-odata-version", "min-odata-version", "max-odata-version", "max-size"], required: []),
        "validate-parameters": entry([.inbound], [.global, .workspace, .product, .api, .operation], ["specified-parameter-action", "unspecified-parameter-action", "errors-variable-name"], required: ["specified-parameter-action", "unspecified-parameter-action"]),
        "validate-status-code": entry([.outbound, .onError], [.global, .product, .api, .operation], ["unspecified-status-code-action", "errors-variable-name"], required: ["unspecified-status-code-action"]),
        "wait": entry([.inbound, .outbound, .backend], [.global, .workspace, .product, .api, .operation], ["for"], required: []),
        "xml-to-json": entry([.inbound, .outbound, .onError], [.global, .workspace, .product, .api, .operation], ["kind", "apply", "consider-accept-header", "always-array-child-elements"], required: ["kind", "apply"]),
        "xsl-transform": entry([.inbound, .outbound], [.global, .product, .api, .operation], [], required: []),
    ]
}
