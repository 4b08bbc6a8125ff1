extension APIManagement: DeploymentComponent {
    /// The API Management service. `organization` and `adminEmail` are the publisher's, as the
    /// walkthrough's `New-AzApiManagement -Organization -AdminEmail` takes them.
    /// `privateEndpointSubnet` reaches the gateway endpoint through Private Link (zero trust);
    /// `gatewayOnlyAccess` decides how a service behind the gateway admits only it (`.automatic`:
    /// a private-endpoint check with `privateEndpointSubnet`, the gateway's IP otherwise).
    /// The developer portal's self sign-up stays off unless `developerPortalSignUp: true`.
    ///
    /// ```swift
    /// APIManagement("apim-contoso-edge-prod", sku: .premium, units: 3, organization: "Contoso", adminEmail: "api-platform@contoso.com",
    ///               virtualNetwork: .internal, subnet: "snet-apim", zones: [1, 2, 3]) {
    ///     CustomHostname(.gateway, "api.contoso.com",
    ///                    certificate: .keyVault(vault: "kv-apim-edge-prod", certificate: "api-contoso-com", identity: .systemAssigned))
    /// }
    /// ```
    public init(_ name: String, sku: SKU, units: Int = 1, organization: String, adminEmail: String,
                virtualNetwork: VirtualNetworkMode = .none, subnet: String? = nil, zones: [Int] = [],
                identities: [String] = [], systemAssignedIdentity: Bool = false, publicNetworkAccess: Bool = true,
                privateEndpointSubnet: String? = nil, gatewayOnlyAccess: GatewayOnlyAccess = .automatic, developerPortalSignUp: Bool = false,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any APIManagementComponent> _ content: () -> [any APIManagementComponent] = { [] }) {
        self.init(name: name, sku: sku, units: units, publisherName: organization, publisherEmail: adminEmail, virtualNetwork: virtualNetwork,
                  subnet: subnet, zones: zones, identities: identities, systemAssignedIdentity: systemAssignedIdentity,
                  publicNetworkAccess: publicNetworkAccess, privateEndpointSubnet: privateEndpointSubnet, gatewayOnlyAccess: gatewayOnlyAccess,
                  developerPortalSignUp: developerPortalSignUp, location: .here(file, line, column))
        for component in content() { component.apply(to: &self) }
    }

    /// Makes this the deployment's API Management service (a later declaration replaces it).
    public func apply(to deployment: inout Deployment) { deployment.apiManagement = self }
}

extension CustomHostname: APIManagementComponent {
    /// A custom host name for one API Management endpoint and the certificate serving it.
    /// `defaultSSLBinding` (the certificate served to clients without SNI) defaults to true for
    /// the gateway endpoint only. `Expose(…)` publishes an endpoint through its host name.
    ///
    /// ```swift
    /// CustomHostname(.gateway, "api.contoso.net",
    ///                certificate: .pfx(path: "certificates/gateway.pfx", password: .parameter("gatewayCertPfxPassword")))
    /// ```
    public init(_ kind: Kind, _ hostName: String, certificate: CertificateSource, defaultSSLBinding: Bool? = nil,
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(kind: kind, hostName: hostName, certificate: certificate, defaultSSLBinding: defaultSSLBinding ?? (kind == .gateway),
                  location: .here(file, line, column))
    }

    /// Adds the host name to the service.
    public func apply(to apiManagement: inout APIManagement) { apiManagement.hostnames.append(self) }
}

extension CertificateSource {
    /// A certificate in Key Vault and the identity that reads it: API Management's own
    /// (`.keyVault(vault: "kv", certificate: "api-contoso-com", identity: .systemAssigned)`, the
    /// only one a firewalled vault admits) or a user-assigned one by name (`identity: "id-gateway"`,
    /// the only kind Application Gateway takes).
    ///
    /// ```swift
    /// GatewayCertificate("backends-internal",
    ///                    .keyVault(vault: "kv-northwind-apis", certificate: "backends-internal-northwind-com", identity: "id-northwind-gateway"))
    /// ```
    public static func keyVault(vault: String, certificate: String, identity: ManagedIdentityReference) -> CertificateSource {
        .keyVault(KeyVaultCertificate(vault: vault, certificate: certificate, identity: identity))
    }
}
