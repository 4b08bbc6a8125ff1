import DSL
import Testing

@Suite struct BuilderTests {
    @Test func declarationsCaptureTheirSourceLocation() {
        let line = #line + 1
        let deployment = Deployment("d", resourceGroup: "rg", region: "West US") {
            PublicIPAddress("pip")
        }
        #expect(deployment.location.line == line)
        #expect(deployment.publicIPs[0].location.line == line + 1)
        // `#column` of a call is its opening parenthesis; gen moves it to the name when printing.
        #expect(deployment.publicIPs[0].location.column == 28)
        #expect(deployment.location.file.hasSuffix("BuilderTests.swift"))
    }

    @Test func regionDisplayNamesAreNormalized() {
        #expect(AzureRegion("West US").name == "westus")
        #expect(AzureRegion.westEurope.name == "westeurope")
    }

    @Test func buildersTakeConditionalsAndLoops() {
        let withPortal = true
        let deployment = Deployment("d", resourceGroup: "rg", region: .westUS) {
            for index in 1...3 { Tag("t\(index)", "v") }
            if withPortal { Tag("portal", "yes") } else { Tag("portal", "no") }
            if !withPortal { Tag("never", "x") }
        }
        #expect(deployment.tags.map(\.name) == ["t1", "t2", "t3", "portal"])
        #expect(deployment.tags.last?.value == "yes")
    }

    @Test func theLearnDeploymentHoldsTheWalkthroughsValues() throws {
        let deployment = Fixtures.learn()
        #expect(deployment.resourceGroup == "apim-appGw-RG")
        #expect(deployment.region.name == "westus")
        let network = try #require(deployment.virtualNetwork)
        #expect(network.addressSpace == ["10.0.0.0/16"])
        #expect(network.subnets.map(\.name) == ["appGatewaySubnet", "apimSubnet"])
        #expect(network.subnets[0].networkSecurityGroup?.rules.map(\.priority) == [100, 110])
        let apim = try #require(deployment.apiManagement)
        #expect(apim.sku == .developer && apim.virtualNetwork == .internal && apim.subnet == "apimSubnet")
        #expect(apim.hostnames.map(\.kind) == [.gateway, .developerPortal, .management])
        #expect(apim.hostname(.gateway)?.defaultSSLBinding == true)
        let gateway = try #require(deployment.applicationGateway)
        #expect(gateway.exposures.map(\.endpoint) == [.gateway, .developerPortal, .management])
        guard case .inline(let waf) = gateway.firewall else { Issue.record("expected an inline WAF"); return }
        #expect(waf.mode == .prevention)
    }

    @Test func securityRuleEndpointsParseServiceTagsAndRanges() {
        #expect(SecurityRule.Endpoint("*") == .any)
        #expect(SecurityRule.Endpoint("GatewayManager") == .serviceTag(.gatewayManager))
        #expect(SecurityRule.Endpoint("10.0.0.0/24") == .prefix("10.0.0.0/24"))
    }

    @Test func wafBlocksCollectTheirParts() {
        let policy = WAFPolicy("waf") {
            ManagedRuleSet(.owasp3_2) { DisableRules(disabling: [942200], in: "REQUEST-942-APPLICATION-ATTACK-SQLI") }
            WAFExclusion(.requestHeaderNames, .equals, "x-token")
            WAFCustomRule("blockbad", priority: 5, action: .block) { MatchCondition(.remoteAddress, .ipMatch, ["192.0.2.0/24"]) }
        }
        #expect(policy.managedRuleSets.first?.disabledRules.first?.rules == [942200])
        #expect(policy.exclusions.count == 1 && policy.customRules.count == 1)
        #expect(policy.mode == .prevention)
    }
}
