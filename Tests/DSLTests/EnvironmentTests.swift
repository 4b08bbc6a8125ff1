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

    @Test func anOverrideEqualInEveryEnvironmentIsNoParameter() {
        let test = Environment("test") { FirewallMode(.prevention) }
        let prod = Environment("prod", production: true) { FirewallMode(.prevention) }
        #expect(Resolver.resolve(TopologyFixtures.privateEndpoint([test, prod])).0.environmentParameters.isEmpty)
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
