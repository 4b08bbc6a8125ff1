// Seed 001, scenario 2 ("zero trust") as an enterprise runs it: API Management internal and
// Premium across zones, certificates in Key Vault read through a managed identity, a WAF
// policy in Prevention, only /external/* published, HTTP redirected to HTTPS, TLS 1.2 only,
// everything logged to Log Analytics. Every call carries an Entra ID token (validate-jwt, as
// seed 001's policy example) and is rate limited per client; the partner product adds a
// per-subscription rate limit and a monthly quota.
import DSL

let deployment = Deployment(
    "zero-trust-keyvault",
    resourceGroup: "rg-apim-edge-prod",
    region: .westEurope,
    production: true
) {
    Tag("environment", "prod")
    Tag("workload", "api-edge")
    Tag("cost-center", "platform")

    VirtualNetwork("vnet-apim-edge", addressSpace: "10.20.0.0/16") {
        Subnet("snet-appgw", "10.20.0.0/24", role: .applicationGateway)
        Subnet("snet-apim", "10.20.1.0/24", role: .apiManagement)
        Subnet("snet-private-endpoints", "10.20.2.0/27", role: .privateEndpoints)
    }

    ManagedIdentity("id-apim-edge-certificates")

    // The vault outlives the deployment and holds the certificates before anything reads them:
    // powershell/bootstrap-keyvault.ps1 creates it and imports them once, then the deployment
    // adds its private endpoint.
    KeyVault("kv-apim-edge-prod", existing: true, privateEndpointSubnet: "snet-private-endpoints")

    APIManagement(
        "apim-contoso-edge-prod", sku: .premium, units: 3, organization: "Contoso", adminEmail: "api-platform@contoso.com",
        virtualNetwork: .internal, subnet: "snet-apim", zones: [1, 2, 3]
    ) {
        CustomHostname(.gateway, "api.contoso.com",
                       certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "api-contoso-com", identity: .systemAssigned))
        CustomHostname(.developerPortal, "developer.contoso.com",
                       certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "developer-contoso-com", identity: .systemAssigned))
        CustomHostname(.management, "management.contoso.com",
                       certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "management-contoso-com", identity: .systemAssigned))
        NamedValue("tenant-id", .plain("00000000-0000-0000-0000-000000000000"))
        NamedValue("orders-audience", .plain("api://contoso-orders"))

        Policies {
            Inbound {
                Base()
                ValidateJWT(failedValidationHTTPCode: 401, failedValidationErrorMessage: "Unauthorized: a valid Entra ID token is required",
                            openIDConfigs: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration"],
                            audiences: ["{{orders-audience}}"],
                            issuers: ["https://sts.windows.net/{{tenant-id}}/", "https://login.microsoftonline.com/{{tenant-id}}/v2.0"])
                RateLimitByKey(calls: 100, renewalPeriod: 60, counterKey: .clientIP(.forwardedFor))
            }
            Backend {
                ForwardRequest()
            }
            Outbound {
                Base()
                SetHeader("X-Powered-By", existsAction: .delete)
                SetHeader("X-AspNet-Version", existsAction: .delete)
            }
        }

        API("orders", path: "external/orders", exposure: .external) {
            APIOperation("list-orders", .get, "/orders")
            APIOperation("get-order", .get, "/orders/{orderId}")
            APIOperation("create-order", .post, "/orders")
            Policies {
                Inbound {
                    Base()
                    CheckHeader("Content-Type", failedCheckHTTPCode: 415, failedCheckErrorMessage: "Unsupported media type", ignoreCase: true,
                                values: ["application/json"])
                }
                Backend {
                    Retry(condition: "@(context.Response.StatusCode >= 500)", count: 3, interval: 2, firstFastRetry: true) {
                        ForwardRequest(timeout: 30)
                    }
                }
                Outbound {
                    Base()
                }
                OnError {
                    Base()
                }
            }
        }
        API("inventory", path: "internal/inventory", exposure: .internal)

        Product("partners", displayName: "Partners", apis: ["orders"], approvalRequired: true, subscriptionsLimit: 1) {
            Policies {
                Inbound {
                    Base()
                    RateLimit(calls: 100, renewalPeriod: 60)
                    Quota(calls: 1_000_000, renewalPeriod: 2_592_000)
                }
            }
        }
    }

    PrivateDNSZone("contoso.com")

    // The gateway's only public address: DDoS IP Protection tunes mitigation to its traffic
    // (seed 001's "DDoS protection"), billed for this address alone.
    PublicIPAddress("pip-apim-edge-prod", zones: [1, 2, 3], domainNameLabel: "contoso-api-edge", ddosProtection: .ipProtection)

    WAFPolicy("waf-apim-edge-prod", mode: .prevention) {
        ManagedRuleSet(.owasp3_2)
        ManagedRuleSet(.botManager1_0)
        WAFCustomRule("BlockLog4ShellUserAgents", priority: 10, action: .block) {
            MatchCondition(.requestHeaders, selector: "User-Agent", .contains, ["jndi:"])
        }
    }

    ApplicationGateway(
        "agw-apim-edge-prod", sku: .wafV2, capacity: .autoscale(minimum: 2, maximum: 10), zones: [1, 2, 3],
        publicIP: "pip-apim-edge-prod", identities: ["id-apim-edge-certificates"],
        tlsPolicy: .custom(minimumVersion: .tls12, cipherSuites: TLSPolicy.recommendedCipherSuites),
        firewallPolicy: "waf-apim-edge-prod"
    ) {
        Expose(.gateway, paths: ["/external/*"], redirectHTTP: true)
    }

    LogAnalyticsWorkspace("log-apim-edge-prod", retentionDays: 90)

    Pipeline(
        serviceConnection: "sc-apim-edge-prod",
        remoteState: RemoteState(resourceGroup: "rg-tfstate", storageAccount: "sttfstatecontoso", key: "apim-edge-prod.tfstate")
    )
}
