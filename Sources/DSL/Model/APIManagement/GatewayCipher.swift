/// A cipher suite of the API Management gateway that can be turned off. gen turns off every
/// one of them: 3DES, every CBC suite and every suite with RSA key exchange (no forward
/// secrecy). What stays is TLS 1.3 and the TLS 1.2 ECDHE suites with AES-GCM, which the service
/// does not let anyone turn off (Learn, "Manage protocols and ciphers in Azure API Management").
public enum GatewayCipher: String, Codable, Hashable, Sendable, CaseIterable {
    case tripleDES168 = "TripleDes168"
    case ecdheECDSAWithAES256CBCSHA = "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"
    case ecdheECDSAWithAES128CBCSHA = "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"
    case ecdheRSAWithAES256CBCSHA = "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"
    case ecdheRSAWithAES128CBCSHA = "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"
    case rsaWithAES128GCMSHA256 = "TLS_RSA_WITH_AES_128_GCM_SHA256"
    case rsaWithAES256GCMSHA384 = "TLS_RSA_WITH_AES_256_GCM_SHA384"
    case rsaWithAES256CBCSHA256 = "TLS_RSA_WITH_AES_256_CBC_SHA256"
    case rsaWithAES128CBCSHA256 = "TLS_RSA_WITH_AES_128_CBC_SHA256"
    case rsaWithAES256CBCSHA = "TLS_RSA_WITH_AES_256_CBC_SHA"
    case rsaWithAES128CBCSHA = "TLS_RSA_WITH_AES_128_CBC_SHA"

    /// The service's custom property that switches the suite (`…Security.Ciphers.<name>`).
    public var customProperty: String { "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Ciphers.\(rawValue)" }
}

extension APIManagement {
    /// The suites every format turns off.
    public static let disabledCiphers = GatewayCipher.allCases

    /// The oldest control-plane API version the service accepts, so that tools on retired
    /// versions (before 2021-08-01, retired in September 2023) cannot change it.
    public static let minimumControlPlaneAPIVersion = "2021-08-01"
}
