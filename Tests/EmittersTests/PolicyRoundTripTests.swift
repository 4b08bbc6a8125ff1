import DSL
import Testing
@testable import Emitters

/// Each typed policy, written by the policies emitter and read back by the model's XML
/// reader, gives the same element tree (locations aside).
@Suite struct PolicyRoundTripTests {
    static var statements: [(String, any PolicyStatement)] { [
        ("validate-jwt", ValidateJWT(failedValidationHTTPCode: 401, failedValidationErrorMessage: "Unauthorized & \"denied\"",
                                     openIDConfigs: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration"],
                                     audiences: ["api://orders"], issuers: ["https://sts.windows.net/{{tenant-id}}/"],
                                     requiredClaims: [RequiredClaim("roles", match: .any, values: ["Orders.Read"])])),
        ("rate-limit", RateLimit(calls: 100, renewalPeriod: 60)),
        ("rate-limit-by-key", RateLimitByKey(calls: 10, renewalPeriod: 1, counterKey: "@(context.Request.IpAddress)")),
        ("quota", Quota(calls: 1000, renewalPeriod: 3600)),
        ("quota-by-key", QuotaByKey(calls: 1000, renewalPeriod: 3600, counterKey: "@(context.Subscription.Id)")),
        ("ip-filter", IPFilter(.allow, addresses: ["10.0.0.1"], ranges: [IPFilter.AddressRange(from: "10.0.1.0", to: "10.0.1.255")])),
        ("check-header", CheckHeader("Accept", failedCheckHTTPCode: 406, failedCheckErrorMessage: "Not <acceptable>", ignoreCase: true, values: ["application/json"])),
        ("cors", CORS(allowedOrigins: ["https://a.example"], allowedMethods: ["GET"], allowedHeaders: ["*"])),
        ("set-header", SetHeader("X-Subject", value: "@(context.Request.Headers.GetValueOrDefault(\"Authorization\",\"\").AsJwt()?.Subject)")),
        ("set-query-parameter", SetQueryParameter("code", existsAction: .append, values: ["{{function-key}}"])),
        ("set-body", SetBody("@{ return \"<ok/>\"; }")),
        ("set-status", SetStatus(code: 429, reason: "Too many requests")),
        ("set-method", SetMethod(.put)),
        ("set-variable", SetVariable("started", value: "@(DateTime.UtcNow)")),
        ("rewrite-uri", RewriteURI(template: "/v2/orders/{id}", copyUnmatchedParams: false)),
        ("set-backend-service", SetBackendService(baseURL: "https://orders.example/api")),
        ("json-to-xml", JSONToXML(apply: .always, parseDate: false)),
        ("xml-to-json", XMLToJSON(kind: .direct, apply: .always)),
        ("find-and-replace", FindAndReplace(from: "a&b", to: "c<d")),
        ("mock-response", MockResponse(statusCode: 200, contentType: "application/json")),
        ("return-response", ReturnResponse(status: SetStatus(code: 401, reason: "Unauthorized"), headers: [SetHeader("WWW-Authenticate", value: "Bearer")])),
        ("forward-request", ForwardRequest(timeout: 20, bufferRequestBody: true)),
        ("retry", Retry(condition: "@(context.Response.StatusCode >= 500)", count: 3, interval: 1) { ForwardRequest() }),
        ("limit-concurrency", LimitConcurrency(key: "@((string)context.Variables[\"k\"])", maxCount: 2) { ForwardRequest() }),
        ("choose", Choose { When("@(context.Request.Method == \"GET\")") { SetVariable("get", value: "yes") }; Otherwise { SetVariable("get", value: "no") } }),
        ("send-request", SendRequest(responseVariableName: "r", url: "https://x.example", method: .post, body: SetBody("{}"))),
        ("include-fragment", IncludeFragment("shared")),
        ("cache-lookup", CacheLookup(varyByDeveloper: true, varyByDeveloperGroups: false, cachingType: .internal, varyByQueryParameters: ["page"])),
        ("cache-store", CacheStore(duration: 60)),
        ("cache-lookup-value", CacheLookupValue(key: "k", variableName: "v")),
        ("cache-store-value", CacheStoreValue(key: "k", value: "@(\"v\")", duration: 30)),
        ("cache-remove-value", CacheRemoveValue(key: "k")),
        ("authentication-managed-identity", AuthenticationManagedIdentity(resource: "https://storage.azure.com/", clientID: "00000000-0000-0000-0000-000000000001")),
        ("authentication-certificate", AuthenticationCertificate(certificateID: "client-cert")),
        ("validate-content", ValidateContent(unspecifiedContentTypeAction: .prevent, maxSize: 1024, sizeExceededAction: .detect,
                                             contents: [ValidateContent.Content(type: "application/json", validateAs: .json)])),
        ("validate-parameters", ValidateParameters(specifiedParameterAction: .prevent, unspecifiedParameterAction: .detect)),
        ("validate-headers", ValidateHeaders(specifiedHeaderAction: .ignore, unspecifiedHeaderAction: .detect, headers: [(name: "ETag", action: .prevent)])),
        ("validate-status-code", ValidateStatusCode(unspecifiedStatusCodeAction: .detect, statusCodes: [(code: 418, action: .ignore)])),
        ("trace", Trace(source: "test", message: "hello {{who}}")),
        ("emit-metric", EmitMetric("calls", dimensions: [EmitMetric.Dimension("API ID")])),
        ("log-to-eventhub", LogToEventHub(loggerID: "hub", message: "@(context.RequestId.ToString())")),
    ] }

    @Test(arguments: statements.map(\.0))
    func writtenAndReadBackIsTheSameElement(_ name: String) throws {
        let statement = try #require(Self.statements.first { $0.0 == name }?.1)
        guard case .element(let element) = statement.policyNode else { Issue.record("\(name) is not an element"); return }
        #expect(element.name == name)
        let document = PolicyDocument(sections: [PolicySection(kind: .inbound, statements: [statement.policyNode], location: .derived)], location: .derived)
        let xml = PolicyXML.text(of: ScopedPolicy(scope: .global, body: .document(document)))
        let parsed = try PolicyXMLParser.parseDocument(xml)
        let readBack = try #require(parsed.elements.first?.elements.first)
        #expect(readBack == element.withoutLocations, "\(xml)")
    }

    @Test func namedValuesAndExpressionsAreTyped() {
        #expect(PolicyValue("https://{{host}}/x").namedValueReferences == ["host"])
        #expect(PolicyValue("@(1 + 1)") == .expression("@(1 + 1)"))
        #expect(PolicyValue("a {{b}} c") == .text([.literal("a "), .namedValue("b"), .literal(" c")]))
        let tenant = "tenant-id"
        #expect(PolicyValue("https://login/\(named: tenant)/v2") == .text([.literal("https://login/"), .namedValue("tenant-id"), .literal("/v2")]))
    }

    @Test func literalTextIsEscapedAndExpressionsAreNot() {
        let document = PolicyDocument(sections: [PolicySection(kind: .inbound, statements: [
            SetVariable("a", value: "x < y & \"z\"").policyNode, SetVariable("b", value: "@(\"x\" + \"<\")").policyNode,
        ], location: .derived)], location: .derived)
        let xml = PolicyXML.text(of: ScopedPolicy(scope: .api("orders"), body: .document(document)))
        #expect(xml.contains(#"<set-variable name="a" value="x &lt; y &amp; &quot;z&quot;" />"#))
        #expect(xml.contains(#"<set-variable name="b" value="@("x" + "<")" />"#))
    }
}

private extension PolicyElement {
    var withoutLocations: PolicyElement {
        var copy = self
        copy.location = nil
        copy.children = children.map { if case .element(let child) = $0 { .element(child.withoutLocations) } else { $0 } }
        return copy
    }
}

private extension PolicyValue {
    init(_ source: String) { self.init(parsing: source) }
}
