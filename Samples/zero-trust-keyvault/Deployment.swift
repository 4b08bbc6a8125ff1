// Seed 001, scenario 2 ("zero trust") as an enterprise runs it: API Management internal and
// Premium across zones, certificates in Key Vault read through a managed identity, a WAF
// policy in Prevention, only /external/* published, HTTP redirected to HTTPS, TLS 1.2 only,
// everything logged to Log Analytics.
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

    KeyVault("kv-apim-edge-prod", privateEndpointSubnet: "snet-private-endpoints")

    APIManagement(
        "apim-contoso-edge-prod", sku: .premium, units: 3, organization: "Contoso", adminEmail: "api-platform@contoso.com",
        virtualNetwork: .internal, subnet: "snet-apim", zones: [1, 2, 3]
    ) {
        CustomHostname(.gateway, "api.contoso.com",
                       certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "api-contoso-com", identity: "id-apim-edge-certificates"))
        CustomHostname(.developerPortal, "developer.contoso.com",
                       certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "developer-contoso-com", identity: "id-apim-edge-certificates"))
        CustomHostname(.management, "management.contoso.com",
                       certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "management-contoso-com", identity: "id-apim-edge-certificates"))
        API("orders", path: "external/orders", exposure: .external)
        API("inventory", path: "internal/inventory", exposure: .internal)
    }

    PrivateDNSZone("contoso.com")

    PublicIPAddress("pip-apim-edge-prod", zones: [1, 2, 3], domainNameLabel: "contoso-api-edge")

    WAFPolicy("waf-apim-edge-prod", mode: .prevention) {
        ManagedRuleSet(.owasp3_2)
        ManagedRuleSet(.botManager1_0)
        WAFCustomRule("BlockLog4ShellUserAgents", priority: 10, action: .block) {
            MatchCondition(.requestHeaders, selector: "User-Agent", .contains, ["jndi:"])
        }
    }

    ApplicationGateway(
        "agw-apim-edge-prod", sku: .wafV2, capacity: .autoscale(minimum: 2, maximum: 10), zones: [1, 2, 3],
        publicIP: "pip-apim-edge-prod",
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
