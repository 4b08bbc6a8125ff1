/// A managed rule set (OWASP CRS, Microsoft DRS, bot protection) with its rule overrides.
public struct ManagedRuleSet: Codable, Hashable, Sendable {
    public var kind: Kind
    public var disabledRules: [WAFRuleGroupOverride]
    public var location: SourceLocation

    /// The rule sets Application Gateway WAF offers.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case owasp3_2 = "OWASP 3.2"
        case owasp3_1 = "OWASP 3.1"
        case defaultRuleSet2_1 = "Microsoft_DefaultRuleSet 2.1"
        case botManager1_0 = "Microsoft_BotManagerRuleSet 1.0"
        case botManager1_1 = "Microsoft_BotManagerRuleSet 1.1"

        public var type: String { String(rawValue.split(separator: " ")[0]) }
        public var version: String { String(rawValue.split(separator: " ")[1]) }
        public var isCoreRuleSet: Bool { self == .owasp3_2 || self == .owasp3_1 || self == .defaultRuleSet2_1 }

        /// The rule group a CRS/DRS rule id belongs to (`942200` → `REQUEST-942-APPLICATION-ATTACK-SQLI`).
        public func group(ofRule id: Int) -> String? {
            guard let names = Self.groups[id / 1000] else { return nil }
            return self == .defaultRuleSet2_1 ? names.drs : "REQUEST-\(id / 1000)-\(names.crs)"
        }

        private static let groups: [Int: (crs: String, drs: String)] = [
            911: ("METHOD-ENFORCEMENT", "METHOD-ENFORCEMENT"),
            913: ("SCANNER-DETECTION", "SCANNER-DETECTION"),
            920: ("PROTOCOL-ENFORCEMENT", "PROTOCOL-ENFORCEMENT"),
            921: ("PROTOCOL-ATTACK", "PROTOCOL-ATTACK"),
            930: ("APPLICATION-ATTACK-LFI", "LFI"),
            931: ("APPLICATION-ATTACK-RFI", "RFI"),
            932: ("APPLICATION-ATTACK-RCE", "RCE"),
            933: ("APPLICATION-ATTACK-PHP", "PHP"),
            934: ("APPLICATION-ATTACK-NODEJS", "NODEJS"),
            941: ("APPLICATION-ATTACK-XSS", "XSS"),
            942: ("APPLICATION-ATTACK-SQLI", "SQLI"),
            943: ("APPLICATION-ATTACK-SESSION-FIXATION", "FIX"),
            944: ("APPLICATION-ATTACK-JAVA", "JAVA"),
        ]
    }

    public init(kind: Kind, disabledRules: [WAFRuleGroupOverride] = [], location: SourceLocation) {
        self.kind = kind
        self.disabledRules = disabledRules
        self.location = location
    }
}

/// Rules of one group turned off, with the reason (documented in every output).
public struct WAFRuleGroupOverride: Codable, Hashable, Sendable {
    public var group: String
    public var rules: [Int]
    public var reason: String?
    public var location: SourceLocation

    public init(group: String, rules: [Int], reason: String? = nil, location: SourceLocation) {
        self.group = group
        self.rules = rules
        self.reason = reason
        self.location = location
    }
}

/// Request parts the WAF skips when evaluating rules.
public struct WAFExclusion: Codable, Hashable, Sendable {
    public var matchVariable: MatchVariable
    public var selectorOperator: SelectorOperator
    public var selector: String
    public var location: SourceLocation

    public enum MatchVariable: String, Codable, Hashable, Sendable, CaseIterable {
        case requestHeaderNames = "RequestHeaderNames"
        case requestCookieNames = "RequestCookieNames"
        case requestArgNames = "RequestArgNames"
        case requestHeaderKeys = "RequestHeaderKeys"
        case requestHeaderValues = "RequestHeaderValues"
        case requestCookieKeys = "RequestCookieKeys"
        case requestCookieValues = "RequestCookieValues"
        case requestArgKeys = "RequestArgKeys"
        case requestArgValues = "RequestArgValues"
    }

    public enum SelectorOperator: String, Codable, Hashable, Sendable, CaseIterable {
        case equals = "Equals"
        case startsWith = "StartsWith"
        case endsWith = "EndsWith"
        case contains = "Contains"
        case equalsAny = "EqualsAny"
    }

    public init(matchVariable: MatchVariable, selectorOperator: SelectorOperator, selector: String, location: SourceLocation) {
        self.matchVariable = matchVariable
        self.selectorOperator = selectorOperator
        self.selector = selector
        self.location = location
    }
}
