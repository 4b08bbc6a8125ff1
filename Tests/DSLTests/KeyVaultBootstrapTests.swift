import Testing
@testable import DSL

/// What the Key Vault bootstrap must put in which vault before the first deployment.
@Suite struct KeyVaultBootstrapTests {
    func deployment(vault: KeyVault) -> Deployment {
        Deployment("edge", resourceGroup: "rg-edge", region: .westEurope) {
            VirtualNetwork("vnet-edge", addressSpace: "10.0.0.0/16") {
                Subnet("snet-gw", "10.0.0.0/24", role: .applicationGateway)
                Subnet("snet-apim", "10.0.1.0/24", role: .apiManagement)
                Subnet("snet-pe", "10.0.2.0/27", role: .privateEndpoints)
            }
            vault
            KeyVault("kv-unread", existing: true)
            ManagedIdentity("id-gateway")
            APIManagement("apim-edge", sku: .developer, organization: "Contoso", adminEmail: "a@contoso.com",
                          virtualNetwork: .internal, subnet: "snet-apim") {
                CustomHostname(.gateway, "api.contoso.com", certificate: .keyVault(vault: "kv-edge", certificate: "api", identity: .systemAssigned))
                CustomHostname(.developerPortal, "portal.contoso.com",
                               certificate: .pfx(path: "portal.pfx", password: .keyVaultSecret(vault: "kv-edge", secret: "portal-pfx-password")))
                NamedValue("backend-key", .keyVault(vault: "kv-edge", secret: "backend-key", identity: .systemAssigned))
                NamedValue("also-api", .keyVault(vault: "kv-edge", secret: "backend-key", identity: .systemAssigned))
            }
            PrivateDNSZone("contoso.com")
            PublicIPAddress("pip-edge")
            ApplicationGateway("agw-edge", publicIP: "pip-edge", identities: ["id-gateway"]) {
                Expose(.gateway)
            }
        }
    }

    @Test func anExistingVaultThatIsReadIsBootstrappedWithEveryObjectOnce() {
        let existing = deployment(vault: KeyVault("kv-edge", existing: true, privateEndpointSubnet: "snet-pe"))
        let (resolved, diagnostics) = Resolver.resolve(existing)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let bootstraps = resolved.keyVaultBootstraps
        // kv-unread is referenced but nothing reads it: nothing to fill.
        #expect(bootstraps.map(\.vault.name) == ["kv-edge"])
        // The gateway takes over API Management's certificate: imported once all the same.
        #expect(bootstraps.first?.certificates == ["api"])
        #expect(bootstraps.first?.secrets == ["backend-key", "portal-pfx-password"])
        #expect(bootstraps.first?.operatorRoles == [.keyVaultCertificatesOfficer, .keyVaultSecretsOfficer])
        #expect(resolved.resourceGroupPrecedesDeployment)
        // The existing vault still gets its private endpoint, now that gen does not create it.
        #expect(resolved.privateEndpoints.map(\.name) == ["pe-kv-edge"])
    }

    @Test func aVaultTheDeploymentCreatesAndReadsIsALocatedErrorNotABootstrap() throws {
        var created = KeyVault("kv-edge", privateEndpointSubnet: "snet-pe")
        created.location = SourceLocation(file: "Deployment.swift", line: 7, column: 5)
        let (resolved, diagnostics) = Resolver.resolve(deployment(vault: created))
        let errors = Validator.validate(resolved).filter { $0.severity == .error } + diagnostics.filter { $0.severity == .error }
        let empty = try #require(errors.first { $0.message.contains("which this deployment creates empty") })
        #expect(empty.message.hasPrefix("the certificate of host name api.contoso.com is read from Key Vault 'kv-edge'"))
        #expect(empty.notes.first?.location?.line == 7)
        #expect(empty.notes.last?.message.contains("KeyVault(\"kv-edge\", existing: true, privateEndpointSubnet: \"snet-pe\")") == true)
        // One error per vault, not one per read.
        #expect(errors.filter { $0.message.contains("creates empty") }.count == 1)
        #expect(resolved.keyVaultBootstraps.isEmpty)
        #expect(!resolved.resourceGroupPrecedesDeployment)
    }
}
