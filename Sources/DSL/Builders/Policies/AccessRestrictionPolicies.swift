/// Where `ValidateJWT` finds the token.
public enum JWTTokenSource: Hashable, Sendable {
    case header(PolicyValue)
    case queryParameter(PolicyValue)
    case value(PolicyValue)
}

/// A claim `ValidateJWT` requires, with the values it accepts.
public struct RequiredClaim: Hashable, Sendable {
    public var name: String
    public var match: Match?
    public var separator: String?
    public var values: [PolicyValue]

    /// Whether every value or any one must be present.
    public enum Match: String, Hashable, Sendable { case all, any }

    public init(_ name: String, match: Match? = nil, separator: String? = nil, values: [PolicyValue] = []) {
        self.name = name
        self.match = match
        self.separator = separator
        self.values = values
    }
}

/// `validate-jwt`: rejects requests without a valid JWT (OpenID configuration, audiences,
/// issuers, required claims).
public struct ValidateJWT: PolicyStatement {
    public let policyNode: PolicyNode

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
public struct RateLimit: PolicyStatement {
    public let policyNode: PolicyNode

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
public struct RateLimitByKey: PolicyStatement {
    public let policyNode: PolicyNode

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
public struct Quota: PolicyStatement {
    public let policyNode: PolicyNode

    public init(calls: Int, bandwidth: Int? = nil, renewalPeriod: Int, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("quota", [("calls", PolicyValue(calls)), ("bandwidth", bandwidth.policyValue), ("renewal-period", PolicyValue(renewalPeriod))], file, line, column)
    }

    public init(bandwidth: Int, renewalPeriod: Int, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("quota", [("bandwidth", PolicyValue(bandwidth)), ("renewal-period", PolicyValue(renewalPeriod))], file, line, column)
    }
}

/// `quota-by-key`: calls per key per renewal period.
public struct QuotaByKey: PolicyStatement {
    public let policyNode: PolicyNode

    public init(calls: Int, bandwidth: Int? = nil, renewalPeriod: Int, counterKey: PolicyValue, incrementCondition: PolicyValue? = nil, firstPeriodStart: String? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("quota-by-key", [
            ("calls", PolicyValue(calls)), ("bandwidth", bandwidth.policyValue), ("counter-key", counterKey), ("increment-condition", incrementCondition),
            ("renewal-period", PolicyValue(renewalPeriod)), ("first-period-start", firstPeriodStart.plainValue),
        ], file, line, column)
    }
}

/// `ip-filter`: allows or forbids callers by address and address range.
public struct IPFilter: PolicyStatement {
    public let policyNode: PolicyNode

    /// What the listed addresses get.
    public enum Action: String, Hashable, Sendable { case allow, forbid }

    /// An inclusive range of IPv4 addresses.
    public struct AddressRange: Hashable, Sendable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    public init(_ action: Action, addresses: [String] = [], ranges: [AddressRange] = [], file: String = #filePath, line: Int = #line, column: Int = #column) {
        let children = textParts("address", addresses.map { .text([.literal($0)]) })
            + ranges.map { part("address-range", [("from", Optional($0.from).plainValue), ("to", Optional($0.to).plainValue)]) }
        policyNode = statement("ip-filter", [("action", action.policyValue)], children: children, file, line, column)
    }
}

/// `check-header`: rejects requests whose header is missing or has none of the values.
public struct CheckHeader: PolicyStatement {
    public let policyNode: PolicyNode

    public init(_ name: PolicyValue, failedCheckHTTPCode: Int, failedCheckErrorMessage: PolicyValue, ignoreCase: Bool, values: [PolicyValue] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("check-header", [
            ("name", name), ("failed-check-httpcode", PolicyValue(failedCheckHTTPCode)), ("failed-check-error-message", failedCheckErrorMessage), ("ignore-case", PolicyValue(ignoreCase)),
        ], children: textParts("value", values), file, line, column)
    }
}

/// `cors`: answers cross-origin requests from the allowed origins.
public struct CORS: PolicyStatement {
    public let policyNode: PolicyNode

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
