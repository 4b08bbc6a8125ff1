import DSL
import GenDriver
import Testing
@testable import Emitters

/// The ARM/Bicep template with an environment's parameter file must deploy what the template
/// of that environment's own resolved deployment deploys: the template is parameterised
/// exactly where environments differ, and each parameter file sets the right values.
@Suite struct ResourceManagerEnvironmentTests {
    /// Substitutes parameter values into a template and folds what then becomes constant:
    /// conditionals, `substring`/`lastIndexOf` of literals, members set to null. Empty zones
    /// count as no zones (the builder leaves them out when they are not a parameter).
    struct Evaluation {
        var values: [String: RMExpression]

        /// Every parameter's value in `environment`'s file (the declared file when nil): values
        /// as written, a secret or command-line parameter as where it comes from, otherwise the default.
        init(_ template: RMTemplate, environment: RMEnvironment?) {
            values = [:]
            for parameter in template.parameters {
                switch environment.map({ $0.source(of: parameter) }) ?? parameter.source {
                case .value(let value)?: values[parameter.name] = value
                case .secret(let variable)?: values[parameter.name] = .string("secret \(variable)")
                case .commandLine(let variable)?: values[parameter.name] = .string("command line \(variable)")
                case nil: values[parameter.name] = parameter.defaultValue
                }
            }
        }

        func callAsFunction(_ value: RMExpression) -> RMExpression {
            switch value {
            case .parameter(let name): return values[name] ?? value
            case .array(let items): return .array(items.map(callAsFunction))
            case .object(let object): return .object(self.object(object))
            case .function(let name, let arguments):
                let folded = arguments.map(callAsFunction)
                if name == "lastIndexOf", case .string(let text)? = folded.first, case .string(let part) = folded[1], let range = text.range(of: part, options: .backwards) {
                    return .int(text.distance(from: text.startIndex, to: range.lowerBound))
                }
                if name == "substring", case .string(let text)? = folded.first, case .int(let start) = folded[1], case .int(let length) = folded[2] {
                    return .string(String(text.dropFirst(start).prefix(length)))
                }
                return .function(name, folded)
            case .member(let base, let name): return .member(self(base), name)
            case .index(let base, let index): return .index(self(base), index)
            case .conditional(let test, let whenTrue, let whenFalse):
                if case .bool(let flag) = self(test) { return self(flag ? whenTrue : whenFalse) }
                return .conditional(self(test), then: self(whenTrue), else: self(whenFalse))
            case .resourceID(let symbol): return .resourceID(self.symbol(symbol))
            case .childResourceID(let symbol, let type, let name): return .childResourceID(self.symbol(symbol), childType: type, name: name)
            case .runtimeProperty(let symbol, let path): return .runtimeProperty(self.symbol(symbol), path)
            default: return value
            }
        }

        func object(_ object: RMObject) -> RMObject {
            var result = RMObject()
            for member in object.members {
                let value = self(member.value)
                if value == .null || (member.key == .name("zones") && value == .array([])) { continue }
                switch member.key {
                case .name(let key): result.set(key, value)
                case .computed(let key): result.set(computed: self(key), value)
                }
            }
            return result
        }

        /// A resource as Azure knows it: type and name. The Bicep symbol stays the declared
        /// deployment's in every environment (`dnsZoneContosoNetApi` for `api.dev`).
        func symbol(_ symbol: RMSymbol) -> RMSymbol {
            var result = symbol
            result.symbol = ""
            result.nameSegments = symbol.nameSegments.map(callAsFunction)
            result.scopeNameSegments = symbol.scopeNameSegments.map(callAsFunction)
            return result
        }

        func resource(_ resource: RMResource) -> RMResource {
            var result = resource
            result.symbol = symbol(resource.symbol)
            result.parent = resource.parent.map(symbol)
            result.scope = resource.scope.map(symbol)
            result.body = object(resource.body)
            result.dependsOn = resource.dependsOn.map(symbol)
            return result
        }
    }

    /// Compares the parameterised template in each environment with that environment's own template.
    static func expectEachEnvironmentDeploysItself(_ resolved: ResolvedDeployment) {
        let template = RMTemplateBuilder.build(resolved)
        #expect(template.environments.map(\.name) == resolved.environments.map(\.name))
        for (environment, file) in zip(resolved.environments, template.environments) {
            let own = RMTemplateBuilder.build(environment.deployment)
            let parameterised = Evaluation(template, environment: file), alone = Evaluation(own, environment: nil)
            #expect(template.resources.count == own.resources.count, "\(environment.name)")
            for (resource, expected) in zip(template.resources, own.resources) {
                #expect(parameterised.resource(resource) == alone.resource(expected), "\(environment.name): \(resource.symbol.symbol)")
            }
            #expect(template.outputs.map { parameterised($0.value) } == own.outputs.map { alone($0.value) }, "\(environment.name)")
        }
    }

    static let samplesWithEnvironments = ["private-endpoint-zero-trust", "public-apim-behind-gateway"]

    @Test(arguments: samplesWithEnvironments)
    func eachEnvironmentFileDeploysThatEnvironment(_ sample: String) throws {
        let resolved = Generation.check(try TestSupport.load(sample)).resolved
        #expect(!resolved.environmentParameters.isEmpty)
        Self.expectEachEnvironmentDeploysItself(resolved)
    }

    /// Paths the samples do not take: a host name in an internal network's private DNS zone,
    /// a PFX certificate per environment, a fixed-size gateway in one environment and an
    /// autoscaling one in another.
    static var internalDeployment: Deployment {
        Deployment("internal", resourceGroup: "rg", region: .westEurope) {
            VirtualNetwork("vnet", addressSpace: "10.0.0.0/16") {
                Subnet("snet-appgw", "10.0.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
            }
            PrivateDNSZone("contoso.net", link: "link")
            APIManagement("apim-internal", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com", virtualNetwork: .internal, subnet: "snet-apim") {
                CustomHostname(.gateway, "api.contoso.net", certificate: .pfx(path: "certs/api.pfx", password: .parameter("apiPfxPassword")))
            }
            PublicIPAddress("pip")
            ApplicationGateway("agw", sku: .wafV2, capacity: .fixed(2), publicIP: "pip") {
                Expose(.gateway)
            }
            Environment("dev") {
                HostnameOverride(.gateway, "api.dev.contoso.net", certificate: .pfx(path: "certs/api-dev.pfx", password: .parameter("devPfxPassword")))
                GatewayScale(capacity: .autoscale(minimum: 0, maximum: 2))
            }
            Environment("prod", production: true)
        }
    }

    @Test func hostNamesCertificatesAndScaleFollowTheEnvironmentEverywhere() throws {
        let (resolved, diagnostics) = Resolver.resolve(Self.internalDeployment)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        Self.expectEachEnvironmentDeploysItself(resolved)

        let template = RMTemplateBuilder.build(resolved)
        #expect(template.parameters.map(\.name).contains("applicationGatewayAutoscale"))
        let record = try #require(template.resources.first { $0.symbol.type == "Microsoft.Network/privateDnsZones/A" })
        // The record's relative name is a parameter resolve fills per environment: no string
        // arithmetic on the host name that fails when the host is outside the zone.
        #expect(record.symbol.name == .parameter("dnsRecordApiContosoNet"))
        let dev = try #require(template.environments.first)
        #expect(dev.sources["dnsRecordApiContosoNet"] == .value("api.dev"))
        #expect(template.parameters.first { $0.name == "dnsRecordApiContosoNet" }?.defaultValue == "api")
        #expect(dev.sources["apiPfxData"] == .secret(environmentVariable: "API_DEV_PFX_DATA"))
        #expect(dev.sources["apiPfxPassword"] == .secret(environmentVariable: "DEV_PFX_PASSWORD"))
    }

    @Test func aNamedValueSecretInOneEnvironmentIsSecretInAllAndInNoFile() throws {
        let deployment = Deployment("named", resourceGroup: "rg", region: .westEurope) {
            APIManagement("apim-named", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com") {
                NamedValue("backend-key", .plain("not-a-secret-in-dev"))
            }
            Environment("dev")
            Environment("prod", production: true) {
                NamedValueOverride("backend-key", .secret(.keyVaultSecret(vault: "kv-prod", secret: "backend_key")))
            }
        }
        let resolved = Resolver.resolve(deployment).0
        let files = Dictionary(uniqueKeysWithValues: (ARMEmitter().emit(resolved) + BicepEmitter().emit(resolved)).map { ($0.path, $0.contents) })
        let template = try JSONValue.parse(try #require(files["azuredeploy.json"]))
        let parameter = try #require(template["parameters"]?["backendKeyNamedValue"])
        #expect(parameter["type"] == "secureString")
        #expect(parameter["defaultValue"] == nil)
        for name in ["azuredeploy.parameters.json", "azuredeploy.parameters.dev.json", "azuredeploy.parameters.prod.json"] {
            let supplied = try JSONValue.parse(try #require(files[name]))["parameters"]?["backendKeyNamedValue"]
            // Neither a value nor a reference: the deployment command supplies the secret.
            #expect(supplied == nil, "\(name)")
        }
        #expect(try #require(files["main.dev.bicepparam"]).contains("param backendKeyNamedValue = readEnvironmentVariable('BACKEND_KEY_NAMED_VALUE')"))
        #expect(try #require(files["main.prod.bicepparam"]).contains("param backendKeyNamedValue = readEnvironmentVariable('BACKEND_KEY')"))
        #expect(!files.values.contains { $0.contains("not-a-secret-in-dev") })
    }

    @Test func aSettingThatChangesKindStaysDeclaredAndTheTemplateSaysSo() throws {
        let deployment = Deployment("kinds", resourceGroup: "rg", region: .westEurope) {
            ManagedIdentity("id-certs")
            APIManagement("apim-kinds", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com") {
                CustomHostname(.gateway, "api.contoso.com", certificate: .keyVault(vault: "kv", certificate: "api", identity: "id-certs"))
            }
            Environment("dev") {
                HostnameOverride(.gateway, "api.dev.contoso.com", certificate: .pfx(path: "certs/dev.pfx", password: .parameter("devPfxPassword")))
            }
            Environment("prod", production: true)
        }
        let template = RMTemplateBuilder.build(Resolver.resolve(deployment).0)
        #expect(template.parameters.map(\.name).contains("apiManagementGatewayHostName"))
        #expect(!template.parameters.map(\.name).contains("apiManagementGatewayCertificateSecretId"))
        #expect(template.description.hasSuffix("Not parameterised, because its kind differs between environments (a PFX file or a Key Vault certificate or value, another vault or identity): "
            + "the gateway host name's certificate; every environment deploys the declared one."))
    }

    @Test func conditionalsAndNullRenderInBothLanguages() {
        let value = RMExpression.conditional(.parameter("applicationGatewayAutoscale"), then: .null, else: .parameter("applicationGatewayCapacity"))
        #expect(ARMTemplateRenderer(template: RMTemplate()).json(value) == "[if(parameters('applicationGatewayAutoscale'), null(), parameters('applicationGatewayCapacity'))]")
        let bicep = BicepTemplateRenderer(template: RMTemplate()).expression(value)
        #expect(bicep == .ternary(.identifier("applicationGatewayAutoscale"), .null, .identifier("applicationGatewayCapacity")))
    }

    @Test func aDeploymentWithoutEnvironmentsHasNoEnvironmentFiles() throws {
        let resolved = Generation.check(try TestSupport.load("learn-internal-vnet")).resolved
        let paths = (ARMEmitter().emit(resolved) + BicepEmitter().emit(resolved)).map(\.path).filter { !$0.hasPrefix("policies/") }
        #expect(paths == ["azuredeploy.json", "azuredeploy.parameters.json", "main.bicep", "main.bicepparam"])
    }
}
