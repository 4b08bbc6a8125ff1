import DSL
import Testing

/// One policy or content mistake on the Learn fixture and the located error it gives.
struct PolicyValidationCase: Sendable, CustomTestStringConvertible {
    var name: String
    var content: @Sendable () -> [any APIManagementComponent]
    var expected: String
    var line: Int

    var testDescription: String { name }
}

@Suite struct PolicyValidationTests {
    static func diagnostics(_ components: [any APIManagementComponent]) -> [Diagnostic] {
        var deployment = Fixtures.learn()
        for component in components { component.apply(to: &deployment.apiManagement!) }
        return Fixtures.diagnostics(of: deployment).filter { !Fixtures.isWalkthroughWarning($0) }
    }

    static let cases: [PolicyValidationCase] = [
        .init(name: "policy in a section it is not allowed in", content: { [
            Policies { Outbound { RateLimitByKey(calls: 10, renewalPeriod: 60, counterKey: "@(context.Request.IpAddress)") } },
        ] }, expected: "policy 'rate-limit-by-key' is not allowed in the outbound section", line: #line - 1),
        .init(name: "policy at a scope it is not allowed at", content: { [
            Policies { Inbound { RateLimit(calls: 10, renewalPeriod: 60) } },
        ] }, expected: "policy 'rate-limit' is not allowed at global scope", line: #line - 1),
        .init(name: "two base elements in one section", content: { [
            API("orders", path: "orders") { Policies { Inbound { Base(); Base() } } },
        ] }, expected: "the inbound section of API 'orders' has a second <base />", line: #line - 1),
        .init(name: "undeclared named value", content: { [
            Policies { Inbound { ValidateJWT(openIDConfigs: ["https://login.microsoftonline.com/{{tenant}}/v2.0/.well-known/openid-configuration"]) } },
        ] }, expected: "policy 'validate-jwt' uses named value '{{tenant}}', which is not declared", line: #line - 1),
        .init(name: "undeclared fragment", content: { [
            Policies { Inbound { IncludeFragment("missing") } },
        ] }, expected: "include-fragment names fragment 'missing', which is not declared", line: #line - 1),
        .init(name: "invalid URL template", content: { [
            API("orders", path: "orders") { APIOperation("get", .get, "orders/{id") },
        ] }, expected: "operation 'get' of API 'orders' has an invalid URL template 'orders/{id': it must start with '/'", line: #line - 1),
        .init(name: "unbalanced URL template", content: { [
            API("orders", path: "orders") { APIOperation("get", .get, "/orders/{id") },
        ] }, expected: "has an invalid URL template '/orders/{id': '{' without a matching '}'", line: #line - 1),
        .init(name: "raw XML that is not well-formed", content: { [
            Policies { Inbound { RawPolicy("<set-header name=\"a\"><value>x</set-header>") } },
        ] }, expected: "raw policy XML is not well-formed: line 1, column 30: </set-header> closes <value>", line: #line - 1),
        .init(name: "raw XML naming an unknown policy", content: { [
            Policies { Inbound { RawPolicy("<rate-limits calls=\"1\" />") } },
        ] }, expected: "'rate-limits' is not an API Management policy", line: #line - 1),
        .init(name: "nested policy in the wrong section", content: { [
            Policies { Outbound { Choose { When("@(true)") { CORS(allowedOrigins: ["*"], allowedHeaders: ["*"]) } } } },
        ] }, expected: "policy 'cors' is not allowed in the outbound section", line: #line - 1),
        .init(name: "undeclared backend", content: { [
            Policies { Inbound { SetBackendService(backendID: "nowhere") } },
        ] }, expected: "set-backend-service names backend 'nowhere', which is not declared", line: #line - 1),
        .init(name: "malformed expression", content: { [
            Policies { Inbound { SetVariable("x", value: .expression("@(context.Request")) } },
        ] }, expected: "malformed policy expression in 'set-variable'", line: #line - 1),
        .init(name: "named value in Key Vault without an identity", content: { [
            NamedValue("k", .keyVault(vault: "kv", secret: "k", identity: "nobody")),
        ] }, expected: "named value 'k' reads Key Vault 'kv', which is not declared", line: #line - 1),
        .init(name: "product over an undeclared API", content: { [
            Product("p", apis: ["ghost"]),
        ] }, expected: "product 'p' includes API 'ghost', which is not declared", line: #line - 1),
    ]

    @Test(arguments: cases)
    func ruleReportsTheMistakeWhereItIsWritten(_ testCase: PolicyValidationCase) throws {
        let diagnostics = Self.diagnostics(testCase.content())
        let diagnostic = try #require(diagnostics.first { $0.message.contains(testCase.expected) },
                                      "expected '\(testCase.expected)' in:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.file.hasSuffix("PolicyValidationTests.swift"))
        #expect(diagnostic.location.line == testCase.line)
    }

    @Test func declaredContentIsValid() {
        let diagnostics = Self.diagnostics([
            NamedValue("tenant-id", .plain("00000000-0000-0000-0000-000000000000")),
            PolicyFragment("cid") { SetHeader("X-Correlation-Id", value: "@(context.RequestId.ToString())") },
            Policies { Inbound { ValidateJWT(openIDConfigs: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration"]); IncludeFragment("cid") } },
            API("orders", path: "orders", exposure: .external) {
                APIOperation("get", .get, "/orders/{id}")
                Policies { Inbound { Base(); RateLimit(calls: 5, renewalPeriod: 1) }; Outbound { Base() } }
            },
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    /// Behind the gateway, the request's address is the gateway's (Learn: "Filter on request IP
    /// Address when using an Application Gateway").
    @Test func clientAddressesBehindTheGatewayAreWarnedAtTheStatement() throws {
        let diagnostics = Self.diagnostics([
            Policies { Inbound {
                RateLimitByKey(calls: 10, renewalPeriod: 60, counterKey: "@(context.Request.IpAddress)")
                QuotaByKey(calls: 10, renewalPeriod: 60, counterKey: "@(context.Request.IpAddress)")
                IPFilter(.allow, addresses: ["203.0.113.7"])
            } },
        ])
        let warnings = diagnostics.filter { $0.severity == .warning }
        let rate = try #require(warnings.first { $0.message.hasPrefix("rate-limit-by-key in the global policy") })
        #expect(rate.message.contains("all clients share one counter"))
        #expect(rate.notes.contains { $0.message.contains(".clientIP(.forwardedFor)") })
        #expect(warnings.contains { $0.message.hasPrefix("quota-by-key in the global policy") })
        #expect(warnings.contains { $0.message.hasPrefix("ip-filter in the global policy checks the caller's address") })
        let lines = Set(warnings.filter { $0.location.file.hasSuffix("PolicyValidationTests.swift") }.map { $0.location.line })
        #expect(lines.count == 3)
    }

    /// No rewrite rule sets the header at the gateway, so the client chooses its value.
    @Test func aClientIPHeaderNothingSetsIsWarned() throws {
        let diagnostics = Self.diagnostics([
            Policies { Inbound { QuotaByKey(calls: 10, renewalPeriod: 60, counterKey: .clientIP(.header("X-Client-IP"))) } },
            API("orders", path: "orders", serviceURL: "https://orders.fabrikam.com", exposure: .external),
        ])
        let warning = try #require(diagnostics.first { $0.message.hasPrefix("quota-by-key in the global policy counts by the header 'X-Client-IP'") })
        #expect(warning.severity == .warning)
        #expect(warning.location.file.hasSuffix("PolicyValidationTests.swift"))
        #expect(warning.notes.contains { $0.message.contains(".clientIP(.forwardedFor)") })
    }

    @Test func theClientIPFormsAndUnpublishedScopesAreNotWarned() {
        let diagnostics = Self.diagnostics([
            Policies { Inbound {
                RateLimitByKey(calls: 10, renewalPeriod: 60, counterKey: .clientIP(.forwardedFor))
                QuotaByKey(calls: 10, renewalPeriod: 60, counterKey: "@(context.Request.Headers.GetValueOrDefault(\"Ocp-Apim-Subscription-Key\", \"\"))")
            } },
            API("inventory", path: "inventory", serviceURL: "https://inventory.fabrikam.com", exposure: .internal) {
                Policies { Inbound { Base(); IPFilter(.allow, addresses: ["10.0.1.4"]) } }
            },
            API("orders", path: "orders", serviceURL: "https://orders.fabrikam.com", exposure: .external),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test func theClientIPExpressionsReadTheForwardedHeaders() {
        #expect(PolicyValue.clientIP(.header("X-Client-IP")).description == #"@(context.Request.Headers.GetValueOrDefault("X-Client-IP", ""))"#)
        let forwarded = PolicyValue.clientIP(.forwardedFor).description
        #expect(forwarded.hasPrefix("@{") && forwarded.hasSuffix("}"))
        #expect(forwarded.contains(#"GetValueOrDefault("X-Forwarded-For", "")"#) && forwarded.contains("hops[hops.Length - 1]"))
        #expect(!forwarded.contains("IpAddress") && !forwarded.contains("&"))
    }

    @Test func secretsInClearAreWarnedWhereTheyAreWritten() throws {
        let diagnostics = Self.diagnostics([
            NamedValue("payments-api-key", .plain("0123456789abcdef")), NamedValue("orders-backend-url", .plain("https://orders.fabrikam.com")),
            Policies { Inbound {
                SetHeader("Authorization", value: "Basic dXNlcjpwYXNz")
                SetHeader("Ocp-Apim-Subscription-Key", value: "{{payments-api-key}}")
                SetHeader("X-Correlation-Id", value: "abc")
            } },
        ])
        let warnings = diagnostics.filter { $0.severity == .warning }
        let namedValue = try #require(warnings.first { $0.message.hasPrefix("named value 'payments-api-key' looks like a secret") })
        #expect(warnings.filter { $0.message.contains("'payments-api-key' looks like a secret") }.count == 1, "one warning, not one per rule")
        #expect(namedValue.location.file.hasSuffix("PolicyValidationTests.swift"))
        #expect(!warnings.contains { $0.message.contains("orders-backend-url") })
        let header = try #require(warnings.first { $0.message.hasPrefix("set-header 'Authorization' writes a literal credential") })
        #expect(header.location.line == namedValue.location.line + 2)
        #expect(warnings.filter { $0.message.hasPrefix("set-header") }.count == 1)
    }

    @Test func theSecondBaseHasANoteAtTheFirst() throws {
        let diagnostics = Self.diagnostics([API("orders", path: "orders") { Policies { Inbound {
            Base()
            Base()
        } } }])
        let diagnostic = try #require(diagnostics.first { $0.message.contains("second <base />") })
        #expect(diagnostic.notes.first?.location?.line == diagnostic.location.line - 1)
    }
}
