/// The gateway's TLS policy: a predefined Azure policy, or a custom minimum version and
/// cipher suites.
public enum TLSPolicy: Codable, Hashable, Sendable {
    case predefined(PredefinedTLSPolicy)
    case custom(minimumVersion: TLSVersion, cipherSuites: [String])

    /// The oldest protocol the policy accepts.
    public var minimumVersion: TLSVersion {
        switch self {
        case .predefined(let policy): policy.minimumVersion
        case .custom(let version, _): version
        }
    }

    /// Strong ECDHE suites with AES-GCM, for custom TLS 1.2 policies.
    public static let recommendedCipherSuites = [
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    ]
}

/// Azure's predefined Application Gateway TLS policies.
public enum PredefinedTLSPolicy: String, Codable, Hashable, Sendable, CaseIterable {
    case appGwSslPolicy20150501 = "AppGwSslPolicy20150501"
    case appGwSslPolicy20170401 = "AppGwSslPolicy20170401"
    case appGwSslPolicy20170401S = "AppGwSslPolicy20170401S"
    case appGwSslPolicy20220101 = "AppGwSslPolicy20220101"
    case appGwSslPolicy20220101S = "AppGwSslPolicy20220101S"

    public var minimumVersion: TLSVersion {
        switch self {
        case .appGwSslPolicy20150501: .tls10
        case .appGwSslPolicy20170401: .tls11
        case .appGwSslPolicy20170401S, .appGwSslPolicy20220101, .appGwSslPolicy20220101S: .tls12
        }
    }
}

/// TLS protocol versions, named as Azure names them.
public enum TLSVersion: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    case tls10 = "TLSv1_0"
    case tls11 = "TLSv1_1"
    case tls12 = "TLSv1_2"
    case tls13 = "TLSv1_3"

    public static func < (lhs: TLSVersion, rhs: TLSVersion) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
