// Seed 001, scenario 2 ("zero trust") through Private Link: Internet → Application Gateway
// (WAF) → private endpoint → API Management. API Management is not injected into the network;
// its gateway endpoint has a private endpoint (group Gateway) in snet-private-endpoints, and the
// privatelink.azure-api.net zone makes apim-wingtip-zt.azure-api.net resolve to it inside the
// network. The gateway targets that host with api.wingtip.com as the Host header.
//
// The certificate is a PFX input, not a Key Vault certificate: a service outside the virtual
// network has no path to a vault behind a private endpoint (the trusted-service bypass for API
// Management was retired in March 2026), and gen reports such a read at its line. To keep the
// certificate in Key Vault, reference a vault that allows public access with
// KeyVault("…", existing: true), or inject the service into the network.
//
// Azure accepts disabled public network access only after the service and its private endpoint
// exist: once the first deployment has run, set publicNetworkAccess: false and deploy again.
//
// Dev runs on the Developer tier, one zone-less unit, WAF in Detection while rules are tuned,
// its own host name, and a dev backend and CORS origin (through named values the policies use).
import DSL

let deployment = Deployment(
    "private-endpoint-zero-trust",
    resourceGroup: "rg-wingtip-api",
    region: .westEurope
) {
    Tag("workload", "api-edge")

    VirtualNetwork("vnet-wingtip-api", addressSpace: "10.50.0.0/16") {
        Subnet("snet-appgw", "10.50.0.0/24", role: .applicationGateway)
        Subnet("snet-private-endpoints", "10.50.1.0/27", role: .privateEndpoints)
    }

    APIManagement(
        "apim-wingtip-zt", sku: .premium, units: 2, organization: "Wingtip", adminEmail: "platform@wingtip.com",
        zones: [1, 2], privateEndpointSubnet: "snet-private-endpoints"
    ) {
        CustomHostname(.gateway, "api.wingtip.com",
                       certificate: .pfx(path: "certificates/api-wingtip-com.pfx", password: .parameter("apiCertPfxPassword")))
        NamedValue("orders-backend-url", .plain("https://orders.wingtip.com/api"))
        NamedValue("cors-origin", .plain("https://shop.wingtip.com"))

        Policies {
            Inbound {
                CORS(allowedOrigins: ["{{cors-origin}}"], allowedMethods: ["GET", "POST"], allowedHeaders: ["Authorization", "Content-Type"])
                RateLimitByKey(calls: 120, renewalPeriod: 60, counterKey: .clientIP(.forwardedFor))
            }
        }

        API("orders", path: "orders", exposure: .external) {
            APIOperation("list-orders", .get, "/orders")
            APIOperation("create-order", .post, "/orders")
            Policies {
                Inbound {
                    Base()
                    SetBackendService(baseURL: "{{orders-backend-url}}")
                }
            }
        }
    }

    PublicIPAddress("pip-wingtip-api", zones: [1, 2, 3])

    WAFPolicy("waf-wingtip-api", mode: .prevention) {
        ManagedRuleSet(.owasp3_2)
        ManagedRuleSet(.botManager1_0)
    }

    ApplicationGateway(
        "agw-wingtip-api", sku: .wafV2, capacity: .autoscale(minimum: 2, maximum: 10), zones: [1, 2, 3],
        publicIP: "pip-wingtip-api",
        tlsPolicy: .custom(minimumVersion: .tls12, cipherSuites: TLSPolicy.recommendedCipherSuites),
        firewallPolicy: "waf-wingtip-api"
    ) {
        Expose(.gateway, redirectHTTP: true)
    }

    LogAnalyticsWorkspace("log-wingtip-api", retentionDays: 90)

    Environment("dev") {
        APIManagementScale(sku: .developer, units: 1, zones: [])
        GatewayScale(capacity: .autoscale(minimum: 0, maximum: 2), zones: [])
        FirewallMode(.detection)
        HostnameOverride(.gateway, "api.dev.wingtip.com",
                         certificate: .pfx(path: "certificates/api-dev-wingtip-com.pfx", password: .parameter("apiCertPfxPassword")))
        NamedValueOverride("orders-backend-url", .plain("https://orders.dev.wingtip.com/api"))
        NamedValueOverride("cors-origin", .plain("https://shop.dev.wingtip.com"))
    }
    Environment("prod", production: true)
}
