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

        /// The rule group a rule id belongs to in this rule set (`942200` →
        /// `REQUEST-942-APPLICATION-ATTACK-SQLI` in OWASP 3.2, `SQLI` in DRS 2.1): a group's ids
        /// share `id / 1000`. Nil when no group of the set has such ids.
        public func group(ofRule id: Int) -> String? {
            ruleGroups.first { $0.idPrefix == id / 1000 }?.name
        }

        /// The rule groups Azure offers in this rule set, with the `id / 1000` their rule ids
        /// share (nil for the bot groups, whose rules are named, not numbered). The names are
        /// azurerm's (`validate/web_application_firewall_policy.go`, from Azure's
        /// `applicationGatewayWafDynamicManifests`), assigned to rule sets as Learn's CRS and
        /// DRS rule group pages list them.
        public var ruleGroups: [(name: String, idPrefix: Int?)] {
            switch self {
            case .owasp3_2, .owasp3_1:
                [("General", 200), ("Known-CVEs", 800)] + Self.coreGroups.compactMap { group in group.crs.map { ("REQUEST-\(group.prefix)-\($0)", group.prefix) } }
            case .defaultRuleSet2_1:
                [("General", 200)] + Self.coreGroups.compactMap { group in group.drs.map { ($0, group.prefix) } }
                    + [("MS-ThreatIntel-WebShells", 99005), ("MS-ThreatIntel-AppSec", 99030), ("MS-ThreatIntel-SQLI", 99031), ("MS-ThreatIntel-CVEs", 99001)]
            case .botManager1_0, .botManager1_1:
                [("BadBots", nil), ("GoodBots", nil), ("UnknownBots", nil)]
            }
        }

        /// The CRS groups by id prefix, with their DRS 2.1 names (CRS 3.x has no NodeJS group,
        /// DRS no scanner detection).
        private static let coreGroups: [(prefix: Int, crs: String?, drs: String?)] = [
            (911, "METHOD-ENFORCEMENT", "METHOD-ENFORCEMENT"),
            (913, "SCANNER-DETECTION", nil),
            (920, "PROTOCOL-ENFORCEMENT", "PROTOCOL-ENFORCEMENT"),
            (921, "PROTOCOL-ATTACK", "PROTOCOL-ATTACK"),
            (930, "APPLICATION-ATTACK-LFI", "LFI"),
            (931, "APPLICATION-ATTACK-RFI", "RFI"),
            (932, "APPLICATION-ATTACK-RCE", "RCE"),
            (933, "APPLICATION-ATTACK-PHP", "PHP"),
            (934, nil, "NODEJS"),
            (941, "APPLICATION-ATTACK-XSS", "XSS"),
            (942, "APPLICATION-ATTACK-SQLI", "SQLI"),
            (943, "APPLICATION-ATTACK-SESSION-FIXATION", "FIX"),
            (944, "APPLICATION-ATTACK-JAVA", "JAVA"),
        ]
    }

    package init(kind: Kind, disabledRules: [WAFRuleGroupOverride] = [], location: SourceLocation) {
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

    package init(group: String, rules: [Int], reason: String? = nil, location: SourceLocation) {
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

    package init(matchVariable: MatchVariable, selectorOperator: SelectorOperator, selector: String, location: SourceLocation) {
        self.matchVariable = matchVariable
        self.selectorOperator = selectorOperator
        self.selector = selector
        self.location = location
    }
}
