import DSL

/// A deployment grown to a given size, built through the DSL as a manifest would build it:
/// `apis` APIs (each with an operation and a policy document), `hostnames` gateway host names
/// each with its own listener, certificate, probe, settings, pool and rule, and as many
/// externally published API paths.
enum SyntheticDeployment {
    static func make(apis: Int, hostnames: Int) -> Deployment {
        let vault = "kv-scale-\(apis)"
        func certificate(_ name: String) -> CertificateSource {
            .keyVault(vault: vault, certificate: name, identity: "id-scale")
        }
        return Deployment("scale-\(apis)", resourceGroup: "rg-scale", region: .westEurope) {
            VirtualNetwork("vnet-scale", addressSpace: "10.50.0.0/16") {
                Subnet("snet-appgw", "10.50.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.50.1.0/24", role: .apiManagement)
                Subnet("snet-pe", "10.50.2.0/27", role: .privateEndpoints)
            }
            ManagedIdentity("id-scale")
            KeyVault(vault, privateEndpointSubnet: "snet-pe")
            APIManagement("apim-scale-\(apis)", sku: .premium, units: 2, organization: "Contoso", adminEmail: "ops@contoso.com",
                          virtualNetwork: .internal, subnet: "snet-apim") {
                CustomHostname(.gateway, "api.contoso.com", certificate: certificate("api"))
                for index in 1..<hostnames {
                    CustomHostname(.gateway, "api\(index).contoso.com", certificate: certificate("api\(index)"))
                }
                NamedValue("tenant-id", .plain("11111111-1111-1111-1111-111111111111"))
                Policies {
                    Inbound { CORS(allowedOrigins: ["https://app.contoso.com"], allowedMethods: ["GET"], allowedHeaders: ["Authorization"]) }
                    Backend { ForwardRequest() }
                }
                for index in 0..<apis {
                    API("api-\(index)", path: "svc\(index)", exposure: index < hostnames ? .external : .internal) {
                        APIOperation("get-item", .get, "/items/{id}")
                        Policies {
                            Inbound {
                                Base()
                                ValidateJWT(failedValidationHTTPCode: 401, openIDConfigs: ["https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration"],
                                            audiences: ["api://svc\(index)"])
                                RateLimitByKey(calls: "\(100 + index)", renewalPeriod: 60, counterKey: "@(context.Request.IpAddress)")
                                SetHeader("X-Api", value: "svc\(index)")
                            }
                            Backend { Base() }
                            Outbound { Base() }
                        }
                    }
                }
            }
            PrivateDNSZone("contoso.com")
            PublicIPAddress("pip-scale")
            WAFPolicy("waf-scale") { ManagedRuleSet(.owasp3_2) }
            ApplicationGateway("agw-scale", capacity: .autoscale(minimum: 2, maximum: 10), publicIP: "pip-scale", firewallPolicy: "waf-scale") {
                Expose(.gateway)
                for index in 1..<hostnames {
                    GatewayCertificate("cert\(index)", certificate("api\(index)"))
                    Listener("listener\(index)", hostNames: ["api\(index).contoso.com"], certificate: "cert\(index)")
                    HealthProbe("probe\(index)", host: "api\(index).contoso.com", path: "/status-0123456789abcdef")
                    BackendSettings("settings\(index)", probe: "probe\(index)")
                    BackendPool("pool\(index)", fqdns: ["api\(index).contoso.com"])
                    RoutingRule("rule\(index)", priority: 1000 + index, listener: "listener\(index)", pool: "pool\(index)", settings: "settings\(index)")
                }
            }
            LogAnalyticsWorkspace("log-scale")
        }
    }
}
