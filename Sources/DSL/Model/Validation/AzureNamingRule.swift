/// Azure's naming rules for one resource type: length and allowed characters, as the
/// "Naming rules and restrictions for Azure resources" reference states them.
public struct AzureNamingRule: Sendable {
    public var kind: String
    public var lengths: ClosedRange<Int>
    /// Allowed characters besides ASCII letters and digits.
    public var extraCharacters: Set<Character>
    public var mustStartWithLetter: Bool
    /// Characters allowed at the end besides letters and digits.
    public var extraEndCharacters: Set<Character>
    public var lowercaseOnly: Bool
    public var noConsecutiveHyphens: Bool

    public init(_ kind: String, _ lengths: ClosedRange<Int>, extra: String, startsWithLetter: Bool = false, endsWith: String = "",
                lowercaseOnly: Bool = false, noConsecutiveHyphens: Bool = false) {
        self.kind = kind
        self.lengths = lengths
        self.extraCharacters = Set(extra)
        self.mustStartWithLetter = startsWithLetter
        self.extraEndCharacters = Set(endsWith)
        self.lowercaseOnly = lowercaseOnly
        self.noConsecutiveHyphens = noConsecutiveHyphens
    }

    /// Why `name` breaks the rule, or nil.
    public func problem(with name: String) -> String? {
        guard lengths.contains(name.count) else {
            return "must be \(lengths.lowerBound) to \(lengths.upperBound) characters long (it has \(name.count))"
        }
        func isAlphanumeric(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        if let bad = name.first(where: { !isAlphanumeric($0) && !extraCharacters.contains($0) }) {
            let allowed = extraCharacters.isEmpty ? "letters and digits" : "letters, digits and \(extraCharacters.sorted().map { "'\($0)'" }.joined(separator: " "))"
            return "contains '\(bad)'; only \(allowed) are allowed"
        }
        if lowercaseOnly, name.contains(where: { $0.isUppercase }) { return "must be lowercase" }
        if let first = name.first {
            if mustStartWithLetter, !(first.isASCII && first.isLetter) { return "must start with a letter" }
            if !mustStartWithLetter, !isAlphanumeric(first) { return "must start with a letter or digit" }
        }
        if let last = name.last, !isAlphanumeric(last), !extraEndCharacters.contains(last) {
            return "must end with a letter or digit\(extraEndCharacters.isEmpty ? "" : " or \(extraEndCharacters.sorted().map { "'\($0)'" }.joined(separator: " "))")"
        }
        if noConsecutiveHyphens, name.contains("--") { return "must not contain consecutive hyphens" }
        return nil
    }

    public static let resourceGroup = AzureNamingRule("resource group", 1...90, extra: "-_.()", endsWith: "-_()")
    public static let virtualNetwork = AzureNamingRule("virtual network", 2...64, extra: "-_.", endsWith: "_")
    /// Subnets, NSGs, NSG rules, route tables, routes, public IPs, gateways and their parts.
    public static let networkResource = AzureNamingRule("network resource", 1...80, extra: "-_.", endsWith: "_")
    public static let apiManagement = AzureNamingRule("API Management service", 1...50, extra: "-", startsWithLetter: true)
    public static let keyVault = AzureNamingRule("Key Vault", 3...24, extra: "-", startsWithLetter: true, noConsecutiveHyphens: true)
    public static let logAnalyticsWorkspace = AzureNamingRule("Log Analytics workspace", 4...63, extra: "-")
    public static let managedIdentity = AzureNamingRule("managed identity", 3...128, extra: "-_")
    public static let wafPolicy = AzureNamingRule("WAF policy", 1...128, extra: "-_.", endsWith: "_")
    public static let diagnosticSetting = AzureNamingRule("diagnostic setting", 1...260, extra: "-_. ")
    public static let apiName = AzureNamingRule("API", 1...80, extra: "-_.")
}

/// Syntax checks for host names, e-mail addresses and IPv4 literals.
public enum LiteralSyntax {
    /// Why `host` is not a fully qualified DNS host name, or nil.
    public static func hostNameProblem(_ host: String) -> String? {
        guard !host.isEmpty, host.count <= 253 else { return "must be 1 to 253 characters long" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "must be a fully qualified name such as api.contoso.com" }
        for label in labels {
            guard (1...63).contains(label.count) else { return "has an empty or over-long label '\(label)'" }
            guard label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                return "label '\(label)' may hold only letters, digits and hyphens"
            }
            guard label.first != "-", label.last != "-" else { return "label '\(label)' must not start or end with a hyphen" }
        }
        if labels.last!.allSatisfy(\.isNumber) { return "the top-level label must not be numeric" }
        return nil
    }

    /// Why `address` is not an e-mail address, or nil.
    public static func emailProblem(_ address: String) -> String? {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return "must look like name@example.com" }
        guard !parts[0].contains(where: { $0.isWhitespace || $0 == "," }) else { return "the part before '@' contains a space or comma" }
        if let problem = hostNameProblem(String(parts[1])) { return "domain \(problem)" }
        return nil
    }
}
