/// Resource names against Azure's rules, literal syntax, and duplicates per kind.
extension ValidationContext {
    mutating func checkName(_ name: String, _ rule: AzureNamingRule, at location: SourceLocation, kind: String? = nil) {
        if let problem = rule.problem(with: name) {
            error("invalid \(kind ?? rule.kind) name '\(name)': \(problem)", at: location)
        }
    }

    mutating func checkNames() {
        checkName(deployment.resourceGroup, .resourceGroup, at: deployment.location)
        if deployment.name.isEmpty { error("the deployment needs a name", at: deployment.location) }
        checkRegion(deployment.region, at: deployment.location)
        if let subscription = deployment.subscription, !Self.isGUID(subscription) {
            error("subscription '\(subscription)' is not a subscription ID (a GUID such as 00000000-0000-0000-0000-000000000000)", at: deployment.location)
        } else if deployment.subscription == "00000000-0000-0000-0000-000000000000" {
            warning("subscription 00000000-0000-0000-0000-000000000000 is a placeholder; every format would deploy to it instead of the signed-in subscription or the pipeline's service connection",
                    at: deployment.location, notes: [.init("drop subscription: to deploy where you are signed in, or give your subscription's ID")])
        }
        checkUnique(deployment.tags, kind: "tag", name: \.name, location: \.location)
        for ip in deployment.publicIPs { checkName(ip.name, .networkResource, at: ip.location, kind: "public IP") }
        checkUnique(deployment.publicIPs, kind: "public IP", name: \.name, location: \.location)
        for identity in deployment.identities { checkName(identity.name, .managedIdentity, at: identity.location) }
        checkUnique(deployment.identities, kind: "managed identity", name: \.name, location: \.location)
        for vault in deployment.keyVaults { checkName(vault.name, .keyVault, at: vault.location) }
        checkUnique(deployment.keyVaults, kind: "Key Vault", name: \.name, location: \.location)
        for policy in deployment.wafPolicies { checkName(policy.name, .wafPolicy, at: policy.location) }
        checkUnique(deployment.wafPolicies, kind: "WAF policy", name: \.name, location: \.location)
        for zone in deployment.privateDNSZones {
            if let problem = LiteralSyntax.hostNameProblem(zone.name) { error("invalid private DNS zone name '\(zone.name)': \(problem)", at: zone.location) }
        }
        checkUnique(deployment.privateDNSZones, kind: "private DNS zone", name: \.name, location: \.location)
    }

    static func isGUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// A region Azure does not know fails every deployment; one a few letters from a known
    /// region is a typo, anything else may be newer than gen's table.
    mutating func checkRegion(_ region: AzureRegion, at location: SourceLocation) {
        guard !region.isKnown else { return }
        if let closest = region.closestKnown {
            error("'\(region.name)' is not an Azure region", at: location, notes: [.init("did you mean '\(closest.name)'?")])
        } else {
            warning("'\(region.name)' is not a region gen knows; Azure rejects the deployment if it does not know it either",
                    at: location, notes: [.init("`az account list-locations --query \"[].name\"` lists the regions of your subscription")])
        }
    }
}
