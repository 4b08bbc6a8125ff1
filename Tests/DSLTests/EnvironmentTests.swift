import DSL
import Testing

@Suite struct EnvironmentTests {
    static let dev = Environment("dev") {
        APIManagementScale(sku: .developer, units: 1, zones: [])
        GatewayScale(capacity: .autoscale(minimum: 0, maximum: 2))
        FirewallMode(.detection)
        HostnameOverride(.gateway, "api.dev.wingtip.com", certificate: Fixtures.pfx("devgateway"))
        NamedValueOverride("orders-backend-url", .plain("https://orders.dev.wingtip.com"))
    }
    static let prod = Environment("prod", production: true)

    let resolved = Resolver.resolve(TopologyFixtures.privateEndpoint([dev, prod]))

    @Test func eachEnvironmentIsResolvedInFull() throws {
        #expect(resolved.1.isEmpty)
        #expect(resolved.0.environments.map(\.name) == ["dev", "prod"])
        #expect(resolved.0.environments.map(\.production) == [false, true])
        let dev = try #require(resolved.0.environments.first?.deployment)
        #expect(dev.apiManagement?.sku == .developer)
        #expect(dev.apiManagement?.zones == [])
        #expect(dev.gatewayWAFPolicy?.mode == .detection)
        #expect(dev.environments.isEmpty)
        // The gateway follows the overridden host name: listener, probe, Host header, certificate.
        let gateway = try #require(dev.applicationGateway)
        #expect(gateway.listeners.first?.hostNames == ["api.dev.wingtip.com"])
        #expect(gateway.probes.first?.host == "api.dev.wingtip.com")
        #expect(gateway.backendSettings.first?.hostName == .explicit("api.dev.wingtip.com"))
        #expect(gateway.certificates.first?.source == Fixtures.pfx("devgateway"))
        // The declared deployment is untouched.
        #expect(resolved.0.apiManagement?.sku == .premium)
        #expect(resolved.0.gatewayWAFPolicy?.mode == .prevention)
        #expect(resolved.0.environments.last?.deployment.production == true)
    }

    @Test func parametersAreTheSettingsThatDiffer() {
        let parameters = resolved.0.environmentParameters
        #expect(parameters.map(\.kind) == [
            .resourceGroup, .apiManagementName, .defaultHostName(.gateway), .apiManagementPrivateEndpointName,
            .apiManagementSKU, .apiManagementUnits, .apiManagementZones, .gatewayCapacity, .firewallMode,
            .hostName(.gateway), .certificate(.gateway), .namedValue("orders-backend-url"),
        ])
        let sku = parameters.first { $0.kind == .apiManagementSKU }
        #expect(sku?.value(in: "dev") == .text("Developer"))
        #expect(sku?.value(in: "prod") == .text("Premium"))
        #expect(parameters.first { $0.kind == .gatewayCapacity }?.values.map(\.value) == [.capacity(.autoscale(minimum: 0, maximum: 2)), .capacity(.autoscale(minimum: 2, maximum: 10))])
        #expect(parameters.first { $0.kind == .namedValue("orders-backend-url") }?.value(in: "prod") == .namedValue(.plain("https://orders.wingtip.com")))
        #expect(parameters.allSatisfy { $0.values.map(\.environment) == ["dev", "prod"] })
    }

    @Test func aNonProductionEnvironmentGetsItsOwnResourceGroupAndNamesByConvention() {
        let parameters = resolved.0.environmentParameters
        func values(_ kind: EnvironmentParameter.Kind) -> [EnvironmentParameter.Value]? {
            parameters.first { $0.kind == kind }?.values.map(\.value)
        }
        #expect(values(.resourceGroup) == [.text("rg-pe-dev"), .text("rg-pe")])
        #expect(values(.apiManagementName) == [.text("apim-pe-dev"), .text("apim-pe")])
        // The gateway's backend is the service's default host, which follows its name.
        #expect(values(.defaultHostName(.gateway)) == [.text("apim-pe-dev.azure-api.net"), .text("apim-pe.azure-api.net")])
        #expect(resolved.0.environments.first?.deployment.applicationGateway?.backendPools.first?.fqdns == ["apim-pe-dev.azure-api.net"])
        #expect(resolved.0.environments.first?.deployment.privateEndpoints.first?.name != resolved.0.privateEndpoints.first?.name)
        // Same subscription for both, so no subscription parameter.
        #expect(values(.subscription) == nil)
    }

    @Test func namingConventionsAndResourceNameOverridesRenameTheEnvironment() throws {
        let dev = Environment("dev", resourceGroup: "rg-sandbox", naming: .prefix("x-")) {
            ResourceName(.apiManagement, "apim-sandbox-7")
        }
        let test = Environment("test", naming: .suffix("-t"))
        let prod = Environment("prod", production: true)
        let deployment = TopologyFixtures.privateEndpoint([dev, test, prod])
        let resolved = Resolver.resolve(deployment).0
        #expect(Fixtures.diagnostics(of: deployment).filter { $0.severity == .error }.isEmpty)
        let deployments = resolved.environments.map(\.deployment)
        #expect(deployments.map(\.resourceGroup) == ["rg-sandbox", "rg-pe-t", "rg-pe"])
        #expect(deployments.map { $0.apiManagement?.name } == ["apim-sandbox-7", "apim-pe-t", "apim-pe"])
        // Names only unique within a resource group are kept: each environment has its own.
        #expect(deployments.map { $0.applicationGateway?.name } == ["agw-pe", "agw-pe", "agw-pe"])
    }

    @Test func environmentsThatWouldCollideAreErrors() throws {
        func errors(_ environments: [DeploymentEnvironment]) -> [String] {
            Fixtures.diagnostics(of: TopologyFixtures.privateEndpoint(environments)).filter { $0.severity == .error }.map(\.message)
        }
        let sameGroup = errors([Environment("dev", resourceGroup: "rg-pe"), Environment("prod", production: true)])
        #expect(sameGroup.contains { $0.contains("'dev' and 'prod'") && $0.contains("resource group 'rg-pe'") })
        let sameName = errors([
            Environment("dev") { ResourceName(.apiManagement, "apim-pe") }, Environment("prod", production: true),
        ])
        #expect(sameName.contains { $0.contains("'dev' and 'prod'") && $0.contains("API Management name 'apim-pe'") })
        let declaredNames = errors([Environment("dev", naming: .declared), Environment("prod", production: true)])
        #expect(declaredNames.count >= 2)
        let partial = errors([Environment("dev", subscription: "00000000-0000-0000-0000-000000000001"), Environment("prod", production: true)])
        #expect(partial.contains { $0.contains("subscription") })
        // Different subscriptions may reuse a resource group name, not a global name.
        let twoSubscriptions = errors([
            Environment("dev", resourceGroup: "rg-pe", subscription: "00000000-0000-0000-0000-000000000001"),
            Environment("prod", production: true, subscription: "00000000-0000-0000-0000-000000000002"),
        ])
        #expect(!twoSubscriptions.contains { $0.contains("resource group") })
    }

    /// A created vault's global name cannot follow the environment yet: refused at the vault.
    /// An existing one is shared, with a warning.
    @Test func aKeyVaultEveryEnvironmentWouldCreateIsAnErrorAtTheVault() throws {
        let environments = [Environment("dev"), Environment("prod", production: true)]
        var deployment = TopologyFixtures.privateEndpoint(environments)
        let vault = KeyVault("kv-pe-shared")
        deployment.keyVaults.append(vault)
        let created = try #require(Fixtures.diagnostics(of: deployment).first { $0.message.contains("'kv-pe-shared'") })
        #expect(created.severity == .error)
        #expect(created.location == vault.location)
        #expect(created.message.contains("VaultAlreadyExists"))
        #expect(created.notes.contains { $0.message.contains("existing: true") })
        deployment.keyVaults[deployment.keyVaults.count - 1].existing = true
        let existing = try #require(Fixtures.diagnostics(of: deployment).first { $0.message.contains("'kv-pe-shared'") })
        #expect(existing.severity == .warning)
        #expect(existing.message.contains("they share it"))
        // One environment creates it once.
        deployment.keyVaults[deployment.keyVaults.count - 1].existing = false
        deployment.environments = [Environment("prod", production: true)]
        #expect(!Fixtures.diagnostics(of: deployment).contains { $0.message.contains("'kv-pe-shared'") })
    }

    @Test func aPublicHostNameServedByTwoEnvironmentsWarnsAtTheOneToRename() throws {
        let test = Environment("test")
        let prod = Environment("prod", production: true)
        let warnings = Fixtures.diagnostics(of: TopologyFixtures.privateEndpoint([Self.dev, test, prod])).filter { $0.severity == .warning }
        let shared = try #require(warnings.first { $0.message.contains("both serve 'api.wingtip.com'") })
        #expect(shared.message == "environments 'test' and 'prod' both serve 'api.wingtip.com' on a public listener; its public DNS record reaches only one of their gateways")
        #expect(shared.location == test.location)
        #expect(shared.notes.map(\.location) == [test.location, prod.location])
        // dev has its own host name.
        #expect(!warnings.contains { $0.message.contains("'dev'") && $0.message.contains("both serve") })
    }

    @Test func anOverrideEqualInEveryEnvironmentIsNoParameter() {
        let test = Environment("test") { FirewallMode(.prevention) }
        let prod = Environment("prod", production: true) { FirewallMode(.prevention) }
        let kinds = Resolver.resolve(TopologyFixtures.privateEndpoint([test, prod])).0.environmentParameters.map(\.kind)
        #expect(kinds == [.resourceGroup, .apiManagementName, .defaultHostName(.gateway), .apiManagementPrivateEndpointName])
    }

    @Test func aSingleEnvironmentIsComparedWithTheDeclaredDeployment() {
        let same = Environment("prod", production: true) { FirewallMode(.prevention) }
        #expect(Resolver.resolve(TopologyFixtures.privateEndpoint([same])).0.environmentParameters.isEmpty)
        let different = Environment("prod", production: true) { APIManagementScale(units: 4) }
        #expect(Resolver.resolve(TopologyFixtures.privateEndpoint([different])).0.environmentParameters.map(\.kind) == [.apiManagementUnits])
    }

    @Test func overridingSomethingUndeclaredIsAnErrorAtTheOverride() throws {
        let broken = Environment("dev") {
            NamedValueOverride("no-such-value", .plain("x"))
            HostnameOverride(.management, "management.dev.wingtip.com")
        }
        let diagnostics = Resolver.resolve(TopologyFixtures.privateEndpoint([broken])).1
        let named = try #require(diagnostics.first { $0.message.contains("named value 'no-such-value'") })
        #expect(named.severity == .error)
        #expect(named.message == "environment 'dev' overrides named value 'no-such-value', which the deployment does not declare")
        #expect(named.location == broken.overrides[0].location)
        #expect(diagnostics.contains { $0.message.contains("the .management host name") && $0.location == broken.overrides[1].location })
    }

    @Test func settingTheSameThingTwiceWarns() {
        let twice = Environment("dev") {
            FirewallMode(.detection)
            FirewallMode(.prevention)
        }
        let diagnostics = Resolver.resolve(TopologyFixtures.privateEndpoint([twice])).1
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("sets this twice") && $0.location == twice.overrides[1].location })
    }

    @Test func detectionInAProductionEnvironmentWarnsAtTheOverride() throws {
        let prod = Environment("prod", production: true) { FirewallMode(.detection) }
        let diagnostics = Fixtures.diagnostics(of: TopologyFixtures.privateEndpoint([prod]))
        let warning = try #require(diagnostics.first { $0.message.contains("Detection mode") })
        #expect(warning.severity == .warning)
        #expect(warning.message.hasPrefix("environment 'prod': "))
        #expect(warning.location == prod.overrides[0].location)
        #expect(warning.notes.contains { $0.location == prod.location })
    }

    @Test func oneGatewayInstanceInProductionWarnsAtTheOverride() throws {
        let prod = Environment("prod", production: true) { GatewayScale(capacity: .fixed(1)) }
        let diagnostics = Fixtures.diagnostics(of: TopologyFixtures.privateEndpoint([prod]))
        let warning = try #require(diagnostics.first { $0.message.contains("recommends at least 2 for production") })
        #expect(warning.location == prod.overrides[0].location)
    }

    @Test func whatTheProductionFlagTurnsOnIsReportedAtTheEnvironment() throws {
        let prod = Environment("prod", production: true)
        var deployment = TopologyFixtures.privateEndpoint([prod])
        deployment.apiManagement!.sku = .developer
        deployment.apiManagement!.units = 1
        deployment.apiManagement!.zones = []
        let diagnostics = Fixtures.diagnostics(of: deployment)
        let warning = try #require(diagnostics.first { $0.message.contains("Developer tier has no SLA") })
        #expect(warning.message.hasPrefix("environment 'prod': "))
        #expect(warning.location == prod.location)
    }

    @Test func environmentNamesAreUnique() {
        let diagnostics = Fixtures.diagnostics(of: TopologyFixtures.privateEndpoint([Environment("dev"), Environment("dev")]))
        #expect(diagnostics.contains { $0.severity == .error && $0.message == "duplicate environment name 'dev'" })
    }
}
