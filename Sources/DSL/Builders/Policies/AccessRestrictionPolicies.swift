/// Where `ValidateJWT` finds the token.
///
/// ```swift
/// ValidateJWT(token: .queryParameter("access_token"),
///             openIDConfigs: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration"])
/// ```
public enum JWTTokenSource: Hashable, Sendable {
    /// A request header holding the token (`header-name`); `Authorization` by default.
    case header(PolicyValue)
    /// A query parameter holding the token (`query-parameter-name`).
    case queryParameter(PolicyValue)
    /// An expression that returns the token (`token-value`).
    case value(PolicyValue)
}

/// A claim `ValidateJWT` requires, with the values it accepts.
///
/// ```swift
/// ValidateJWT(openIDConfigs: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration"],
///             requiredClaims: [RequiredClaim("roles", match: .any, values: ["Catalog.Read", "Catalog.Write"])])
/// ```
public struct RequiredClaim: Hashable, Sendable {
    /// The claim's name in the token (`roles`, `scp`).
    public var name: String
    /// Whether every value or any one must be present; nil: API Management's default, every value.
    public var match: Match?
    /// The separator of a claim whose values come in one string (`scp` uses a space).
    public var separator: String?
    /// The accepted values; none only requires the claim to be present.
    public var values: [PolicyValue]

    /// Whether every value or any one must be present.
    ///
    /// ```swift
    /// RequiredClaim("roles", match: .all, values: ["Orders.Read", "Orders.Write"])
    /// ```
    public enum Match: String, Hashable, Sendable { case all, any }

    /// Values are literal text, or `{{name}}` references to named values.
    ///
    /// ```swift
    /// RequiredClaim("scp", match: .any, separator: " ", values: ["orders.read"])
    /// ```
    public init(_ name: String, match: Match? = nil, separator: String? = nil, values: [PolicyValue] = []) {
        self.name = name
        self.match = match
        self.separator = separator
        self.values = values
    }
}

/// `validate-jwt`: rejects requests without a valid JWT (OpenID configuration, audiences,
/// issuers, required claims).
///
/// ```swift
/// Inbound {
///     ValidateJWT(failedValidationHTTPCode: 401, failedValidationErrorMessage: "Unauthorized",
///                 openIDConfigs: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration"],
///                 audiences: ["{{orders-audience}}"])
/// }
/// ```
public struct ValidateJWT: PolicyStatement {
    /// The `validate-jwt` element, located at this line.
    public let policyNode: PolicyNode

    /// The signing keys come from the OpenID configurations; Entra ID issues v1 tokens from
    /// `https://sts.windows.net/<tenant>/` and v2 from
    /// `https://login.microsoftonline.com/<tenant>/v2.0`,
    /// so list the issuers the clients' tokens carry. Arguments left nil keep API Management's
    /// defaults.
    ///
    /// ```swift
    /// ValidateJWT(failedValidationHTTPCode: 401, failedValidationErrorMessage: "Unauthorized: a valid Entra ID token is required",
    ///             openIDConfigs: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration"],
    ///             audiences: ["{{orders-audience}}"],
    ///             issuers: ["https://sts.windows.net/{{tenant-id}}/", "https://login.microsoftonline.com/{{tenant-id}}/v2.0"])
    /// ```
    public init(token: JWTTokenSource = .header("Authorization"), failedValidationHTTPCode: Int? = nil, failedValidationErrorMessage: PolicyValue? = nil,
                requireExpirationTime: Bool? = nil, requireScheme: PolicyValue? = nil, requireSignedTokens: Bool? = nil, clockSkew: Int? = nil,
                outputTokenVariableName: String? = nil, openIDConfigs: [PolicyValue] = [], audiences: [PolicyValue] = [], issuers: [PolicyValue] = [],
                requiredClaims: [RequiredClaim] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        let source: (String, PolicyValue) = switch token {
        case .header(let name): ("header-name", name)
        case .queryParameter(let name): ("query-parameter-name", name)
        case .value(let value): ("token-value", value)
        }
        var children = openIDConfigs.map { part("openid-config", [("url", $0)]) }
        if !audiences.isEmpty { children.append(part("audiences", children: textParts("audience", audiences))) }
        if !issuers.isEmpty { children.append(part("issuers", children: textParts("issuer", issuers))) }
        if !requiredClaims.isEmpty {
            children.append(part("required-claims", children: requiredClaims.map { claim in
                part("claim", [("name", Optional(claim.name).plainValue), ("match", claim.match?.policyValue), ("separator", claim.separator.plainValue)],
                     children: textParts("value", claim.values))
            }))
        }
        policyNode = statement("validate-jwt", [
            source, ("failed-validation-httpcode", failedValidationHTTPCode.policyValue), ("failed-validation-error-message", failedValidationErrorMessage),
            ("require-expiration-time", requireExpirationTime.policyValue), ("require-scheme", requireScheme), ("require-signed-tokens", requireSignedTokens.policyValue),
            ("clock-skew", clockSkew.policyValue), ("output-token-variable-name", outputTokenVariableName.plainValue),
        ], children: children, file, line, column)
    }
}

/// `rate-limit`: calls per subscription per renewal period (product, API or operation scope).
///
/// ```swift
/// Product("partners", apis: ["orders"]) {
///     Policies { Inbound { Base(); RateLimit(calls: 100, renewalPeriod: 60) } }
/// }
/// ```
public struct RateLimit: PolicyStatement {
    /// The `rate-limit` element, located at this line.
    public let policyNode: PolicyNode

    /// `renewalPeriod` is in seconds. It counts per subscription key, so it cannot stand at
    /// global scope (use `RateLimitByKey` there). Callers over the limit get 429 with
    /// `Retry-After`.
    ///
    /// ```swift
    /// RateLimit(calls: 60, renewalPeriod: 60, remainingCallsHeaderName: "X-RateLimit-Remaining")
    /// ```
    public init(calls: Int, renewalPeriod: Int, retryAfterHeaderName: String? = nil, retryAfterVariableName: String? = nil, remainingCallsHeaderName: String? = nil,
                remainingCallsVariableName: String? = nil, totalCallsHeaderName: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("rate-limit", [
            ("calls", PolicyValue(calls)), ("renewal-period", PolicyValue(renewalPeriod)), ("retry-after-header-name", retryAfterHeaderName.plainValue),
            ("retry-after-variable-name", retryAfterVariableName.plainValue), ("remaining-calls-header-name", remainingCallsHeaderName.plainValue),
            ("remaining-calls-variable-name", remainingCallsVariableName.plainValue), ("total-calls-header-name", totalCallsHeaderName.plainValue),
        ], file, line, column)
    }
}

/// `rate-limit-by-key`: calls per key (client IP, token subject, …) per renewal period.
///
/// ```swift
/// Inbound { RateLimitByKey(calls: 300, renewalPeriod: 60, counterKey: .clientIP(.forwardedFor)) }
/// ```
public struct RateLimitByKey: PolicyStatement {
    /// The `rate-limit-by-key` element, located at this line.
    public let policyNode: PolicyNode

    /// Behind Application Gateway `context.Request.IpAddress` is the gateway's address, so count
    /// clients by `.clientIP(.forwardedFor)`. `renewalPeriod` is in seconds.
    ///
    /// ```swift
    /// RateLimitByKey(calls: 120, renewalPeriod: 60, counterKey: .clientIP(.forwardedFor), remainingCallsHeaderName: "X-RateLimit-Remaining")
    /// RateLimitByKey(calls: 1_000, renewalPeriod: 3_600, counterKey: "@(context.Subscription.Id)", incrementCondition: "@(context.Response.StatusCode < 400)")
    /// ```
    public init(calls: PolicyValue, renewalPeriod: PolicyValue, counterKey: PolicyValue, incrementCondition: PolicyValue? = nil, incrementCount: PolicyValue? = nil,
                retryAfterHeaderName: String? = nil, remainingCallsHeaderName: String? = nil, totalCallsHeaderName: String? = nil, incrementAfterResponse: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("rate-limit-by-key", [
            ("calls", calls), ("renewal-period", renewalPeriod), ("counter-key", counterKey), ("increment-condition", incrementCondition), ("increment-count", incrementCount),
            ("retry-after-header-name", retryAfterHeaderName.plainValue), ("remaining-calls-header-name", remainingCallsHeaderName.plainValue),
            ("total-calls-header-name", totalCallsHeaderName.plainValue), ("increment-after-response", incrementAfterResponse.policyValue),
        ], file, line, column)
    }
}

/// `quota`: calls and/or kilobytes per subscription per renewal period (product scope).
///
/// ```swift
/// Product("standard", apis: ["catalog-v1"]) {
///     Policies { Inbound { Base(); Quota(calls: 500_000, renewalPeriod: 2_592_000) } }
/// }
/// ```
public struct Quota: PolicyStatement {
    /// The `quota` element, located at this line.
    public let policyNode: PolicyNode

    /// Calls, and optionally kilobytes (`bandwidth`), per subscription per `renewalPeriod`
    /// seconds (2,592,000 is 30 days). Product scope only.
    ///
    /// ```swift
    /// Quota(calls: 1_000_000, renewalPeriod: 2_592_000)
    /// ```
    public init(calls: Int, bandwidth: Int? = nil, renewalPeriod: Int, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("quota", [("calls", PolicyValue(calls)), ("bandwidth", bandwidth.policyValue), ("renewal-period", PolicyValue(renewalPeriod))], file, line, column)
    }

    /// Kilobytes per subscription per `renewalPeriod` seconds, whatever the number of calls.
    ///
    /// ```swift
    /// Quota(bandwidth: 10_485_760, renewalPeriod: 2_592_000)   // 10 GB a month
    /// ```
    public init(bandwidth: Int, renewalPeriod: Int, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("quota", [("bandwidth", PolicyValue(bandwidth)), ("renewal-period", PolicyValue(renewalPeriod))], file, line, column)
    }
}

/// `quota-by-key`: calls per key per renewal period.
///
/// ```swift
/// Inbound { QuotaByKey(calls: 100_000, renewalPeriod: 86_400, counterKey: .clientIP(.forwardedFor)) }
/// ```
public struct QuotaByKey: PolicyStatement {
    /// The `quota-by-key` element, located at this line.
    public let policyNode: PolicyNode

    /// Unlike `Quota`, it stands at any scope. `firstPeriodStart` (ISO 8601,
    /// `2025-01-01T00:00:00Z`) aligns the periods to a date.
    ///
    /// ```swift
    /// QuotaByKey(calls: 10_000, renewalPeriod: 86_400, counterKey: .clientIP(.forwardedFor))
    /// ```
    public init(calls: Int, bandwidth: Int? = nil, renewalPeriod: Int, counterKey: PolicyValue, incrementCondition: PolicyValue? = nil, firstPeriodStart: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("quota-by-key", [
            ("calls", PolicyValue(calls)), ("bandwidth", bandwidth.policyValue), ("counter-key", counterKey), ("increment-condition", incrementCondition),
            ("renewal-period", PolicyValue(renewalPeriod)), ("first-period-start", firstPeriodStart.plainValue),
        ], file, line, column)
    }
}

/// `ip-filter`: allows or forbids callers by address and address range.
///
/// ```swift
/// Inbound { IPFilter(.forbid, ranges: [IPFilter.AddressRange(from: "10.40.0.0", to: "10.40.0.255")]) }
/// ```
public struct IPFilter: PolicyStatement {
    /// The `ip-filter` element, located at this line.
    public let policyNode: PolicyNode

    /// What the listed addresses get.
    /// `.allow` admits only the listed addresses; `.forbid` refuses them and admits the rest.
    ///
    /// ```swift
    /// IPFilter(.allow, addresses: ["10.20.0.10"])
    /// ```
    public enum Action: String, Hashable, Sendable { case allow, forbid }

    /// An inclusive range of IPv4 addresses.
    ///
    /// ```swift
    /// IPFilter.AddressRange(from: "10.40.0.0", to: "10.40.0.255")
    /// ```
    public struct AddressRange: Hashable, Sendable {
        /// The first address of the range.
        public var from: String
        /// The last address of the range, included.
        public var to: String

        ///
        /// ```swift
        /// IPFilter.AddressRange(from: "192.0.2.0", to: "192.0.2.63")
        /// ```
        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// It filters the address API Management receives the call from: behind Application Gateway
    /// that is the gateway's, so filter clients in the WAF (`MatchCondition(.remoteAddress, …)`).
    ///
    /// ```swift
    /// IPFilter(.forbid, ranges: [IPFilter.AddressRange(from: "10.40.0.0", to: "10.40.0.255")])
    /// ```
    public init(_ action: Action, addresses: [String] = [], ranges: [AddressRange] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        let children = textParts("address", addresses.map { .text([.literal($0)]) })
            + ranges.map { part("address-range", [("from", Optional($0.from).plainValue), ("to", Optional($0.to).plainValue)]) }
        policyNode = statement("ip-filter", [("action", action.policyValue)], children: children, file, line, column)
    }
}

/// `check-header`: rejects requests whose header is missing or has none of the values.
///
/// ```swift
/// Inbound { CheckHeader("If-Match", failedCheckHTTPCode: 428, failedCheckErrorMessage: "If-Match is required", ignoreCase: false) }
/// ```
public struct CheckHeader: PolicyStatement {
    /// The `check-header` element, located at this line.
    public let policyNode: PolicyNode

    /// Answers `failedCheckHTTPCode` with the message when the header is missing or, with
    /// `values`, carries none of them.
    ///
    /// ```swift
    /// CheckHeader("Content-Type", failedCheckHTTPCode: 415, failedCheckErrorMessage: "Unsupported media type", ignoreCase: true,
    ///             values: ["application/json"])
    /// ```
    public init(_ name: PolicyValue, failedCheckHTTPCode: Int, failedCheckErrorMessage: PolicyValue, ignoreCase: Bool, values: [PolicyValue] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("check-header", [
            ("name", name), ("failed-check-httpcode", PolicyValue(failedCheckHTTPCode)), ("failed-check-error-message", failedCheckErrorMessage), ("ignore-case", PolicyValue(ignoreCase)),
        ], children: textParts("value", values), file, line, column)
    }
}

/// `cors`: answers cross-origin requests from the allowed origins.
///
/// ```swift
/// Inbound { CORS(allowedOrigins: ["{{cors-origin}}"], allowedMethods: ["GET", "POST"], allowedHeaders: ["Authorization", "Content-Type"]) }
/// ```
public struct CORS: PolicyStatement {
    /// The `cors` element, located at this line.
    public let policyNode: PolicyNode

    /// `allowCredentials: true` needs explicit origins, not `*`. `preflightResultMaxAge`
    /// (seconds) is written only with `allowedMethods`, whose element carries it.
    ///
    /// ```swift
    /// CORS(allowedOrigins: ["https://shop.fabrikam.com"], allowedMethods: ["GET", "POST", "DELETE"],
    ///      allowedHeaders: ["Authorization", "Content-Type"], exposeHeaders: ["X-Correlation-Id"], allowCredentials: true, preflightResultMaxAge: 300)
    /// ```
    public init(allowedOrigins: [PolicyValue], allowedMethods: [PolicyValue] = [], allowedHeaders: [PolicyValue], exposeHeaders: [PolicyValue] = [],
                allowCredentials: Bool? = nil, terminateUnmatchedRequest: Bool? = nil, preflightResultMaxAge: Int? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        var children = [part("allowed-origins", children: textParts("origin", allowedOrigins))]
        if !allowedMethods.isEmpty {
            children.append(part("allowed-methods", [("preflight-result-max-age", preflightResultMaxAge.policyValue)], children: textParts("method", allowedMethods)))
        }
        children.append(part("allowed-headers", children: textParts("header", allowedHeaders)))
        if !exposeHeaders.isEmpty { children.append(part("expose-headers", children: textParts("header", exposeHeaders))) }
        policyNode = statement("cors", [("allow-credentials", allowCredentials.policyValue), ("terminate-unmatched-request", terminateUnmatchedRequest.policyValue)],
                               children: children, file, line, column)
    }
}
