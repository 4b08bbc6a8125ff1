/// Names as PowerShell writes them.
enum PSNaming {
    /// `gatewayCertPfxPassword` → `GatewayCertPfxPassword`, `trustedroot.cer` → `TrustedrootCer`,
    /// `kv-apim` → `KvApim`: letters and digits only, each word capitalized.
    static func pascalCase(_ text: String) -> String {
        text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }
}
