import DSL
import Emitters
import Foundation
import GenDriver
import Testing

/// The rules the walkthrough disables for the developer portal are disabled on the portal's
/// listeners only: no WAF policy attached to the API listener, or to the gateway, carries them.
@Suite struct PortalFirewallScopeTests {
    static let portalRules = ["920300", "920330", "931130", "942100", "942110", "942180", "942200", "942260", "942340", "942370", "942430", "942440"]

    /// The walkthrough's deployment with a WAF policy instead of the inline configuration, and
    /// the portal's administrative mode on.
    static func deployment() throws -> Deployment {
        var deployment = try TestSupport.load("learn-internal-vnet")
        let at = deployment.location
        deployment.wafPolicies = [WAFPolicy(name: "waf-apim", managedRuleSets: [ManagedRuleSet(kind: .owasp3_2, location: at)], location: at)]
        deployment.applicationGateway!.firewall = .policy("waf-apim")
        let portal = try #require(deployment.applicationGateway!.exposures.firstIndex { $0.endpoint == .developerPortal })
        deployment.applicationGateway!.exposures[portal].administrativeMode = true
        return deployment
    }

    @Test func resolveScopesThePortalRulesToThePortalListeners() throws {
        let checked = Generation.check(try Self.deployment())
        #expect(!checked.diagnostics.contains { $0.message.contains("inline WAFConfiguration") })
        let gateway = try #require(checked.resolved.applicationGateway)
        #expect(gateway.listener(named: "gatewaylistener")?.firewallPolicy == nil)
        #expect(gateway.listener(named: "portallistener")?.firewallPolicy == "waf-apim-portal")
        #expect(gateway.listener(named: "managementlistener")?.firewallPolicy == "waf-apim-portal")
        let base = try #require(checked.resolved.wafPolicies.first { $0.name == "waf-apim" })
        #expect(base.managedRuleSets.allSatisfy { $0.disabledRules.isEmpty })
        let portal = try #require(checked.resolved.wafPolicies.first { $0.name == "waf-apim-portal" })
        #expect(portal.managedRuleSets[0].disabledRules.flatMap(\.rules).map(String.init).sorted() == Self.portalRules)
    }

    @Test func everyFormatAttachesTheRelaxedPolicyToThePortalListenerOnly() throws {
        let resolved = Generation.check(try Self.deployment()).resolved
        var files: [String: String] = [:]
        for (format, emitted) in Generation.render(resolved, formats: [.terraform, .arm, .bicep, .powershell]) {
            for file in emitted { files["\(format.rawValue)/\(file.path)"] = file.contents }
        }
        // Terraform: each http_listener block names its own policy; the gateway's policy disables nothing.
        let appgw = try #require(files["terraform/appgw.tf"])
        let listeners = appgw.components(separatedBy: "http_listener {").dropFirst().map { $0.components(separatedBy: "\n  }")[0] }
        let byName = Dictionary(uniqueKeysWithValues: listeners.map { block in (block.firstMatch(of: /name\s+= "([a-z]+)"/).map { String($0.1) } ?? "", block) })
        #expect(byName["gatewaylistener"]?.contains("firewall_policy_id") == false)
        #expect(byName["portallistener"]?.contains("firewall_policy_id             = azurerm_web_application_firewall_policy.apim_portal.id") == true)
        let waf = try #require(files["terraform/waf.tf"])
        let gatewayPolicy = waf.components(separatedBy: "resource \"azurerm_web_application_firewall_policy\" \"apim_portal\"")[0]
        for rule in Self.portalRules { #expect(!gatewayPolicy.contains("\"\(rule)\""), "Terraform: gateway policy disables \(rule)") }

        // ARM: the API listener has no policy of its own and the gateway's policy overrides no rule.
        let armFile = try #require(files["arm/azuredeploy.json"])
        let arm = try #require(try JSONSerialization.jsonObject(with: Data(armFile.utf8)) as? [String: Any])
        let resources = try #require(arm["resources"] as? [[String: Any]])
        let agw = try #require(resources.first { ($0["type"] as? String) == "Microsoft.Network/applicationGateways" })
        let httpListeners = try #require((agw["properties"] as? [String: Any])?["httpListeners"] as? [[String: Any]])
        func policy(_ listener: String) -> String? {
            let properties = httpListeners.first { ($0["name"] as? String) == listener }?["properties"] as? [String: Any]
            return (properties?["firewallPolicy"] as? [String: Any])?["id"] as? String
        }
        #expect(policy("gatewaylistener") == nil)
        #expect(policy("portallistener")?.contains("'waf-apim-portal'") == true)
        let armPolicy = try #require(resources.first { ($0["name"] as? String) == "waf-apim" })
        let armText = String(decoding: try JSONSerialization.data(withJSONObject: armPolicy), as: UTF8.self)
        for rule in Self.portalRules { #expect(!armText.contains("\"\(rule)\""), "ARM: gateway policy disables \(rule)") }

        // Bicep: the portal listener points at the relaxed policy's symbol.
        let bicep = try #require(files["bicep/main.bicep"])
        let portalListener = try #require(bicep.components(separatedBy: "name: 'portallistener'").dropFirst().first?.components(separatedBy: "name: 'managementlistener'").first)
        #expect(portalListener.contains("id: wafPolicyWafApimPortal.id"))
        let apiListener = try #require(bicep.components(separatedBy: "name: 'gatewaylistener'").dropFirst().first?.components(separatedBy: "name: 'portallistener'").first)
        #expect(!apiListener.contains("firewallPolicy"))

        // PowerShell: the relaxed policy is attached to the portal listener object before the gateway is created.
        let script = try #require(files["powershell/deploy.ps1"])
        #expect(script.contains("$listeners['portallistener'].FirewallPolicy = [Microsoft.Azure.Commands.Network.Models.PSResourceId]@{ Id = $wafPolicies['waf-apim-portal'].Id }"))
        #expect(!script.contains("$listeners['gatewaylistener'].FirewallPolicy"))
    }
}
