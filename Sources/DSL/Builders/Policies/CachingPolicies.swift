/// Which cache a caching policy uses.
///
/// ```swift
/// CacheLookupValue(key: "tenant-config", variableName: "tenantConfig", cachingType: .preferExternal)
/// ```
public enum CachingType: String, Hashable, Sendable {
    /// The service's built-in cache.
    case `internal`
    /// An external Redis-compatible cache configured on the service.
    case external
    /// The external cache when the service has one, the built-in one otherwise.
    case preferExternal = "prefer-external"
}

/// `cache-lookup`: answers from the response cache when it can.
///
/// ```swift
/// Inbound { CacheLookup(varyByDeveloper: false, varyByDeveloperGroups: false, varyByHeaders: ["Accept"]) }
/// Outbound { CacheStore(duration: 120) }
/// ```
public struct CacheLookup: PolicyStatement {
    /// The `cache-lookup` element, located at this line.
    public let policyNode: PolicyNode

    /// The `Cache-Control` the gateway sends downstream.
    ///
    /// ```swift
    /// CacheLookup(varyByDeveloper: false, varyByDeveloperGroups: false, downstreamCachingType: .none)
    /// ```
    public enum DownstreamCachingType: String, Hashable, Sendable { case none, `private`, `public` }

    /// Pair it with `CacheStore` in outbound. `varyByDeveloper` keeps one entry per subscription
    /// owner, `varyByDeveloperGroups` one per set of groups; vary by the headers and query
    /// parameters that change the response.
    ///
    /// ```swift
    /// CacheLookup(varyByDeveloper: false, varyByDeveloperGroups: false, downstreamCachingType: .none, varyByHeaders: ["Accept"])
    /// ```
    public init(varyByDeveloper: Bool, varyByDeveloperGroups: Bool, cachingType: CachingType? = nil, downstreamCachingType: DownstreamCachingType? = nil,
                mustRevalidate: Bool? = nil, allowPrivateResponseCaching: Bool? = nil, varyByHeaders: [PolicyValue] = [], varyByQueryParameters: [PolicyValue] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("cache-lookup", [
            ("vary-by-developer", PolicyValue(varyByDeveloper)), ("vary-by-developer-groups", PolicyValue(varyByDeveloperGroups)), ("caching-type", cachingType?.policyValue),
            ("downstream-caching-type", downstreamCachingType?.policyValue), ("must-revalidate", mustRevalidate.policyValue),
            ("allow-private-response-caching", allowPrivateResponseCaching.policyValue),
        ], children: textParts("vary-by-header", varyByHeaders) + textParts("vary-by-query-parameter", varyByQueryParameters), file, line, column)
    }
}

/// `cache-store`: stores the response for `duration` seconds.
///
/// ```swift
/// Outbound { Base(); CacheStore(duration: 120) }
/// ```
public struct CacheStore: PolicyStatement {
    /// The `cache-store` element, located at this line.
    public let policyNode: PolicyNode

    /// `duration` is in seconds. The response goes under the key the inbound `CacheLookup`
    /// computed, so a scope with one needs the other.
    ///
    /// ```swift
    /// CacheStore(duration: 300)
    /// ```
    public init(duration: PolicyValue, cacheResponse: Bool? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("cache-store", [("duration", duration), ("cache-response", cacheResponse.policyValue)], file, line, column)
    }
}

/// `cache-lookup-value`: reads a cached value into a variable.
///
/// ```swift
/// Inbound { CacheLookupValue(key: "@(\"product-\" + context.Request.MatchedParameters[\"productId\"])", variableName: "cachedProduct") }
/// ```
public struct CacheLookupValue: PolicyStatement {
    /// The `cache-lookup-value` element, located at this line.
    public let policyNode: PolicyNode

    /// On a miss the variable gets `defaultValue`, or null without one.
    ///
    /// ```swift
    /// CacheLookupValue(key: "@(\"product-\" + context.Request.MatchedParameters[\"productId\"])", variableName: "cachedProduct")
    /// ```
    public init(key: PolicyValue, variableName: String, defaultValue: PolicyValue? = nil, cachingType: CachingType? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("cache-lookup-value", [
            ("key", key), ("variable-name", Optional(variableName).plainValue), ("default-value", defaultValue), ("caching-type", cachingType?.policyValue),
        ], file, line, column)
    }
}

/// `cache-store-value`: caches a value under a key for `duration` seconds.
///
/// ```swift
/// Outbound { CacheStoreValue(key: "tenant-config", value: "@(context.Response.Body.As<string>(preserveContent: true))", duration: 300) }
/// ```
public struct CacheStoreValue: PolicyStatement {
    /// The `cache-store-value` element, located at this line.
    public let policyNode: PolicyNode

    /// `duration` is in seconds.
    ///
    /// ```swift
    /// CacheStoreValue(key: "@(\"product-\" + (string)context.Variables[\"productId\"])", value: "@(context.Response.Body.As<string>(preserveContent: true))",
    ///                 duration: 300)
    /// ```
    public init(key: PolicyValue, value: PolicyValue, duration: PolicyValue, cachingType: CachingType? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("cache-store-value", [("key", key), ("value", value), ("duration", duration), ("caching-type", cachingType?.policyValue)], file, line, column)
    }
}

/// `cache-remove-value`: removes a cached value.
///
/// ```swift
/// Inbound { CacheRemoveValue(key: "@(\"product-\" + context.Request.MatchedParameters[\"productId\"])") }
/// ```
public struct CacheRemoveValue: PolicyStatement {
    /// The `cache-remove-value` element, located at this line.
    public let policyNode: PolicyNode

    /// Removes the value stored under `key`, as a write operation should before the cache
    /// serves it again.
    ///
    /// ```swift
    /// CacheRemoveValue(key: "tenant-config", cachingType: .internal)
    /// ```
    public init(key: PolicyValue, cachingType: CachingType? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("cache-remove-value", [("key", key), ("caching-type", cachingType?.policyValue)], file, line, column)
    }
}
