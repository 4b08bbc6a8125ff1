// APIM content as a platform team runs it behind Application Gateway: internal Premium API
// Management, secrets in Key Vault read through a managed identity, a catalog API imported
// from OpenAPI and published through the gateway (its /catalog/* path is derived from the
// API's external exposure), a SOAP API and a status API kept inside the network, products
// with quotas, a shared policy fragment, and the APIM policies seed 001 names and more.
import DSL

let deployment = Deployment(
    "policy-showcase",
    resourceGroup: "rg-fabrikam-apis",
    region: .northEurope,
    production: true
) {
    Tag("environment", "prod")
    Tag("workload", "fabrikam-apis")

    VirtualNetwork("vnet-fabrikam-apis", addressSpace: "10.40.0.0/16") {
        Subnet("snet-appgw", "10.40.0.0/24", role: .applicationGateway)
        Subnet("snet-apim", "10.40.1.0/24", role: .apiManagement)
        Subnet("snet-private-endpoints", "10.40.2.0/27", role: .privateEndpoints)
    }

    ManagedIdentity("id-fabrikam-apim")

    // The vault outlives the deployment and holds the certificates before anything reads them:
    // powershell/bootstrap-keyvault.ps1 creates it and imports them once, then the deployment
    // adds its private endpoint.
    KeyVault("kv-fabrikam-apis", existing: true, privateEndpointSubnet: "snet-private-endpoints")

    APIManagement(
        "apim-fabrikam-prod", sku: .premium, units: 2, organization: "Fabrikam", adminEmail: "api-team@fabrikam.com",
        virtualNetwork: .internal, subnet: "snet-apim", zones: [1, 2]
    ) {
        CustomHostname(.gateway, "api.fabrikam.com",
                       certificate: .keyVault(vault: "kv-fabrikam-apis", certificate: "api-fabrikam-com", identity: .systemAssigned))

        NamedValue("tenant-id", .plain("11111111-1111-1111-1111-111111111111"))
        NamedValue("catalog-audience", .plain("api://fabrikam-catalog"))
        NamedValue("catalog-backend-key", .keyVault(vault: "kv-fabrikam-apis", secret: "catalog-backend-key", identity: .systemAssigned))
        NamedValue("appinsights-connection-string", .keyVault(vault: "kv-fabrikam-apis", secret: "appinsights-connection-string", identity: .systemAssigned))
        // The client certificate billing-soap presents to the billing backend (authentication-certificate).
        Certificate("billing-client", keyVault: "kv-fabrikam-apis", certificate: "billing-client")

        APIBackend("catalog-backend", url: "https://catalog.internal.fabrikam.com/api", description: "Catalog service (AKS, internal load balancer)",
                   credentials: BackendCredentials(headers: [BackendCredentialItem(name: "x-functions-key", values: ["{{catalog-backend-key}}"])]))
        APIBackend("billing-backend", url: "https://billing.internal.fabrikam.com/soap", protocol: .soap)

        APILogger("appinsights", .applicationInsights(component: "appi-fabrikam-apis", connectionString: "{{appinsights-connection-string}}"))
        APILogger("azuremonitor", .azureMonitor)
        APILogger("audit-hub", .eventHub(namespace: "evhns-fabrikam-audit", eventHub: "apim-audit", identity: "id-fabrikam-apim"))
        APIDiagnostic(logger: "appinsights", samplingPercentage: 25)
        APIDiagnostic(logger: "azuremonitor")

        APIVersionSet("catalog", displayName: "Catalog", scheme: .segment)

        PolicyFragment("correlation", description: "Propagates a correlation id to the backend and back to the caller") {
            SetHeader("X-Correlation-Id", value: "@(context.RequestId.ToString())", existsAction: .skip)
            Trace(source: "correlation", severity: .information, message: "@(context.RequestId.ToString())",
                  metadata: [(name: "api", value: "@(context.Api.Name)")])
        }

        Policies {
            Inbound {
                CORS(allowedOrigins: ["https://shop.fabrikam.com", "https://admin.fabrikam.com"], allowedMethods: ["GET", "POST", "DELETE"],
                     allowedHeaders: ["Authorization", "Content-Type"], exposeHeaders: ["X-Correlation-Id"], allowCredentials: true, preflightResultMaxAge: 300)
                IncludeFragment("correlation")
                RateLimitByKey(calls: 300, renewalPeriod: 60, counterKey: .clientIP(.forwardedFor), remainingCallsHeaderName: "X-RateLimit-Remaining")
                QuotaByKey(calls: 100_000, renewalPeriod: 86_400, counterKey: .clientIP(.forwardedFor))
            }
            Backend {
                ForwardRequest(timeout: 60)
            }
            Outbound {
                SetHeader("X-Powered-By", existsAction: .delete)
                RawPolicy("<redirect-content-urls />")
            }
            OnError {
                EmitMetric("apim-errors", namespace: "fabrikam", dimensions: [EmitMetric.Dimension("API ID"), EmitMetric.Dimension("Operation ID")])
                LogToEventHub(loggerID: "audit-hub", partitionKey: "@(context.Api.Name)",
                              message: "@(String.Join(\",\", context.RequestId, context.Api.Name, context.LastError.Reason))")
            }
        }

        API("catalog-v1", path: "catalog", displayName: "Catalog", backend: "catalog-backend", exposure: .external,
            versionSet: "catalog", version: "v1", importing: .openAPI("apis/catalog.openapi.yaml")) {
            APIOperation("get-product", .get, "/products/{productId}") {
                OperationParameter("include", .query, values: ["reviews", "stock"])
                Policies {
                    Inbound {
                        Base()
                        CacheLookupValue(key: "@(\"product-\" + context.Request.MatchedParameters[\"productId\"])", variableName: "cachedProduct")
                        Choose {
                            When("@(context.Variables.ContainsKey(\"cachedProduct\"))") {
                                ReturnResponse(status: SetStatus(code: 200, reason: "OK"),
                                               headers: [SetHeader("Content-Type", value: "application/json")],
                                               body: SetBody("@((string)context.Variables[\"cachedProduct\"])"))
                            }
                            Otherwise {
                                SetVariable("productId", value: "@(context.Request.MatchedParameters[\"productId\"])")
                            }
                        }
                    }
                    Outbound {
                        Base()
                        CacheStoreValue(key: "@(\"product-\" + (string)context.Variables[\"productId\"])", value: "@(context.Response.Body.As<string>(preserveContent: true))",
                                        duration: 300)
                    }
                }
            }
            APIOperation("delete-product", .delete, "/products/{productId}") {
                Policies {
                    Inbound {
                        Base()
                        CheckHeader("If-Match", failedCheckHTTPCode: 428, failedCheckErrorMessage: "If-Match is required", ignoreCase: false)
                        CacheRemoveValue(key: "@(\"product-\" + context.Request.MatchedParameters[\"productId\"])")
                        AuthenticationManagedIdentity(resource: "api://fabrikam-catalog-backend")
                    }
                }
            }
            APIOperation("export-products", .get, "/export") {
                Policies {
                    Inbound {
                        Base()
                        SetQueryParameter("format", existsAction: .override, values: ["xml"])
                        RewriteURI(template: "/legacy/export", copyUnmatchedParams: true)
                    }
                    Outbound {
                        Base()
                        XMLToJSON(kind: .javascriptFriendly, apply: .contentTypeXML, considerAcceptHeader: true)
                    }
                }
            }
            Policies {
                Inbound {
                    Base()
                    ValidateJWT(failedValidationHTTPCode: 401, failedValidationErrorMessage: "Unauthorized",
                                openIDConfigs: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration"],
                                audiences: ["{{catalog-audience}}"], issuers: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0"],
                                requiredClaims: [RequiredClaim("roles", match: .any, values: ["Catalog.Read", "Catalog.Write"])])
                    SetBackendService(backendID: "catalog-backend")
                    ValidateParameters(specifiedParameterAction: .prevent, unspecifiedParameterAction: .prevent)
                    ValidateContent(unspecifiedContentTypeAction: .prevent, maxSize: 102_400, sizeExceededAction: .prevent,
                                    contents: [ValidateContent.Content(type: "application/json", validateAs: .json, action: .prevent)])
                    CacheLookup(varyByDeveloper: false, varyByDeveloperGroups: false, downstreamCachingType: .none, varyByHeaders: ["Accept"])
                }
                Backend {
                    Retry(condition: "@(context.Response.StatusCode == 503)", count: 3, interval: 1, maxInterval: 10, delta: 2) {
                        ForwardRequest(timeout: 30)
                    }
                }
                Outbound {
                    Base()
                    CacheStore(duration: 120)
                    ValidateHeaders(specifiedHeaderAction: .detect, unspecifiedHeaderAction: .ignore)
                    ValidateStatusCode(unspecifiedStatusCodeAction: .detect)
                    FindAndReplace(from: "catalog.internal.fabrikam.com", to: "api.fabrikam.com")
                    IncludeFragment("correlation")
                }
                OnError {
                    Base()
                }
            }
        }

        API("billing-soap", path: "billing", displayName: "Billing (SOAP)", backend: "billing-backend", exposure: .internal,
            importing: .wsdl("apis/billing.wsdl")) {
            Policies {
                Inbound {
                    Base()
                    JSONToXML(apply: .contentTypeJSON, considerAcceptHeader: false)
                    SetBody("<Invoice><Id>{{body.invoiceId}}</Id></Invoice>", template: .liquid)
                    SetMethod(.post)
                    AuthenticationCertificate(certificateID: "billing-client")
                }
            }
        }

        API("status", path: "status", displayName: "Status", serviceURL: "https://status.internal.fabrikam.com", exposure: .internal,
            subscriptionRequired: false) {
            APIOperation("ping", .get, "/ping") {
                Policies {
                    Inbound {
                        Base()
                        MockResponse(statusCode: 200, contentType: "application/json")
                    }
                }
            }
            APIOperation("dependencies", .get, "/dependencies") {
                Policies {
                    Inbound {
                        Base()
                        LimitConcurrency(key: "status-dependencies", maxCount: 5) {
                            SendRequest(responseVariableName: "catalogHealth", mode: .new, timeout: 10, ignoreError: true,
                                        url: "https://catalog.internal.fabrikam.com/health", method: .get)
                        }
                        ReturnResponse(status: SetStatus(code: 200, reason: "OK"),
                                       body: SetBody("@(((IResponse)context.Variables[\"catalogHealth\"])?.StatusCode.ToString() ?? \"unknown\")"))
                    }
                }
            }
            Policies {
                Inbound {
                    Base()
                    // Internal: callers reach it directly inside the virtual network, so ip-filter sees
                    // their own addresses. Defence in depth: refuse anything the gateway subnet forwards.
                    IPFilter(.forbid, ranges: [IPFilter.AddressRange(from: "10.40.0.0", to: "10.40.0.255")])
                }
                OnError {
                    Base()
                    SetStatus(code: 503, reason: "Service Unavailable")
                }
            }
        }

        Product("standard", displayName: "Standard", description: "Catalog access for registered partners", apis: ["catalog-v1"],
                approvalRequired: true, subscriptionsLimit: 2) {
            Policies {
                Inbound {
                    Base()
                    RateLimit(calls: 60, renewalPeriod: 60, remainingCallsHeaderName: "X-RateLimit-Remaining")
                    Quota(calls: 500_000, renewalPeriod: 2_592_000)
                }
            }
        }
        Product("internal-tools", displayName: "Internal tools", apis: ["billing-soap", "status"], subscriptionRequired: true)
    }

    // Linked to the network, the zone answers for every fabrikam.com name there: the backends
    // API Management calls (internal load balancers in the peered AKS network) need records.
    PrivateDNSZone("fabrikam.com") {
        DNSRecord("catalog.internal", addresses: ["10.41.0.10"])
        DNSRecord("billing.internal", addresses: ["10.41.0.11"])
        DNSRecord("status.internal", addresses: ["10.41.0.12"])
    }

    PublicIPAddress("pip-fabrikam-apis", zones: [1, 2], domainNameLabel: "fabrikam-apis")

    WAFPolicy("waf-fabrikam-apis", mode: .prevention) {
        ManagedRuleSet(.owasp3_2)
        ManagedRuleSet(.botManager1_0)
    }

    ApplicationGateway(
        "agw-fabrikam-apis", sku: .wafV2, capacity: .autoscale(minimum: 2, maximum: 6), zones: [1, 2],
        publicIP: "pip-fabrikam-apis", identities: ["id-fabrikam-apim"],
        tlsPolicy: .custom(minimumVersion: .tls12, cipherSuites: TLSPolicy.recommendedCipherSuites),
        firewallPolicy: "waf-fabrikam-apis"
    ) {
        Expose(.gateway, redirectHTTP: true)
    }

    LogAnalyticsWorkspace("log-fabrikam-apis", retentionDays: 90)
}
