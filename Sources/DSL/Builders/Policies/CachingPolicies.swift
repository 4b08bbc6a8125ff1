/// Which cache a caching policy uses.
public enum CachingType: String, Hashable, Sendable {
    case `internal`
    case external
    case preferExternal = "prefer-external"
}

/// `cache-lookup`: answers from the response cache when it can.
public struct CacheLookup: PolicyStatement {
    public let policyNode: PolicyNode

    /// The `Cache-Control` the gateway sends downstream.
    public enum DownstreamCachingType: String, Hashable, Sendable { case none, `private`, `public` }

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
public struct CacheStore: PolicyStatement {
    public let policyNode: PolicyNode

    public init(duration: PolicyValue, cacheResponse: Bool? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("cache-store", [("duration", duration), ("cache-response", cacheResponse.policyValue)], file, line, column)
    }
}

/// `cache-lookup-value`: reads a cached value into a variable.
public struct CacheLookupValue: PolicyStatement {
    public let policyNode: PolicyNode

    public init(key: PolicyValue, variableName: String, defaultValue: PolicyValue? = nil, cachingType: CachingType? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("cache-lookup-value", [
            ("key", key), ("variable-name", Optional(variableName).plainValue), ("default-value", defaultValue), ("caching-type", cachingType?.policyValue),
        ], file, line, column)
    }
}

/// `cache-store-value`: caches a value under a key for `duration` seconds.
public struct CacheStoreValue: PolicyStatement {
    public let policyNode: PolicyNode

    public init(key: PolicyValue, value: PolicyValue, duration: PolicyValue, cachingType: CachingType? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("cache-store-value", [("key", key), ("value", value), ("duration", duration), ("caching-type", cachingType?.policyValue)], file, line, column)
    }
}

/// `cache-remove-value`: removes a cached value.
public struct CacheRemoveValue: PolicyStatement {
    public let policyNode: PolicyNode

    public init(key: PolicyValue, cachingType: CachingType? = nil, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("cache-remove-value", [("key", key), ("caching-type", cachingType?.policyValue)], file, line, column)
    }
}
