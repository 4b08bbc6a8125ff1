import DSL

/// `apim.tf`: the API Management service (network placement, custom host names with their
/// certificates, TLS hardening, identities). Its content lives in `apim_settings.tf`,
/// `apim_apis.tf` and `apim_policies.tf`.
extension TerraformContext {
    var apiManagementFile: HCLFile {
        guard let apim = deployment.apiManagement else { return HCLFile([]) }
        return HCLFile([apiManagement(apim)] + (resolved.bindsHostnamesAfterService ? [customDomain(apim)] : []))
    }

    static let apiManagementResource = "azurerm_api_management"

    private func apiManagement(_ apim: APIManagement) -> HCLBodyItem {
        var body: [HCLBodyItem] = []
        if apim.publicNetworkAccess {
            let reason = apim.virtualNetwork == .internal
                ? "API Management rejects disabled public network access at creation and, without a private endpoint, afterwards; in Internal mode the gateway has no public endpoint anyway"
                : "API Management rejects disabled public network access at creation and, without a private endpoint, afterwards"
            body.append(.directive("checkov:skip=CKV_AZURE_174: \(reason)"))
        }
        if apim.virtualNetwork == .none {
            let reason = apim.privateEndpointSubnet == nil
                ? "the manifest publishes API Management without a virtual network (seed 001, scenario 1); its global policy admits only the gateway"
                : "API Management is reached through its private endpoint; an injected service cannot take one"
            body.append(.directive("checkov:skip=CKV_AZURE_107: \(reason)"))
        }
        body += placement(environment.value(.apiManagementName, or: apim.name))
        body += [
            TF.attr("publisher_name", .string(apim.publisherName)),
            TF.attr("publisher_email", TF.variable(TerraformVariables.publisherEmail)),
            TF.attr("sku_name", skuName(apim)),
            TF.attr("min_api_version", .string(APIManagement.minimumControlPlaneAPIVersion)),
        ]
        if let zones = TerraformEnvironmentParameters.zones(environment.apiManagementZones, declared: apim.zones) { body.append(TF.attr("zones", zones)) }
        if !apim.publicNetworkAccess { body.append(TF.attr("public_network_access_enabled", false)) }
        body.append(TF.attr("virtual_network_type", .string(apim.virtualNetwork.rawValue)))
        if apim.virtualNetwork != .none, let subnet = apim.subnet {
            body.append(.blankLine)
            body.append(TF.block("virtual_network_configuration", body: [TF.attr("subnet_id", subnetID(subnet))]))
        }
        if let identity = identityBlock(userAssigned: apim.identities, systemAssigned: apim.systemAssignedIdentity) {
            body.append(.blankLine)
            body.append(identity)
        }
        if !apim.hostnames.isEmpty && !resolved.bindsHostnamesAfterService {
            body.append(.blankLine)
            body.append(TF.block("hostname_configuration", body: hostnameBlocks(apim.hostnames, block: Self.hostnameBlock)))
        }
        body += [
            .blankLine,
            TF.block("protocols", body: [TF.attr("http2_enabled", true)]),
            .blankLine,
            TF.block("security", body: [
                .comment("TLS 1.2 or newer only, on both sides; no 3DES, CBC or RSA key exchange cipher suites."),
                TF.attr("frontend_ssl30_enabled", false),
                TF.attr("frontend_tls10_enabled", false),
                TF.attr("frontend_tls11_enabled", false),
                TF.attr("backend_ssl30_enabled", false),
                TF.attr("backend_tls10_enabled", false),
                TF.attr("backend_tls11_enabled", false),
            ] + APIManagement.disabledCiphers.map { TF.attr(Self.securityArgument($0), false) }),
            .blankLine,
            TF.block("sign_up", body: [
                .comment(apim.developerPortalSignUp ? "Anyone may create a developer portal account (the manifest asks for it)." : "Developer portal accounts are invited: nobody signs up on their own."),
                TF.attr("enabled", .bool(apim.developerPortalSignUp)),
                .blankLine,
                TF.block("terms_of_service", body: [TF.attr("enabled", false), TF.attr("consent_required", false)]),
            ]),
        ]
        body += tags
        var dependencies: [HCLExpression] = []
        var reasons: [String] = []
        if let subnet = apim.subnet, apim.virtualNetwork != .none,
           deployment.virtualNetwork?.subnet(named: subnet)?.networkSecurityGroup != nil {
            dependencies.append(.ref("azurerm_subnet_network_security_group_association.\(names.subnet(subnet))"))
            reasons.append("the subnet's NSG must be in place before the service joins the network")
        }
        let prerequisites = prerequisiteDependencies(of: .apiManagement)
        dependencies += prerequisites.references
        if let reason = prerequisites.reason { reasons.append(reason) }
        if !dependencies.isEmpty {
            body.append(.blankLine)
            body.append(.comment(Self.sentence(reasons)))
            body.append(TF.attr("depends_on", .list(dependencies)))
        }
        return TF.resource(Self.apiManagementResource, TerraformNames.main, body)
    }

    /// The host names as their own resource, bound once the system-assigned identity holds its
    /// Key Vault role (the identity exists only once the service does).
    private func customDomain(_ apim: APIManagement) -> HCLBodyItem {
        var body: [HCLBodyItem] = [TF.attr("api_management_id", TF.ref(Self.apiManagementResource, TerraformNames.main, "id")), .blankLine]
        body += hostnameBlocks(apim.hostnames, block: Self.customDomainBlock)
        let prerequisites = prerequisiteDependencies(of: .apiManagementHostnames)
        if !prerequisites.references.isEmpty {
            body.append(.blankLine)
            body.append(.comment(Self.sentence(["the service reads the certificates with its system-assigned identity, which exists only once the service does"] + (prerequisites.reason.map { [$0] } ?? []))))
            body.append(TF.attr("depends_on", .list(prerequisites.references)))
        }
        return TF.resource("azurerm_api_management_custom_domain", TerraformNames.main, body)
    }

    /// The block name of a host name kind in `azurerm_api_management_custom_domain`.
    static func customDomainBlock(_ kind: CustomHostname.Kind) -> HCLIdentifier {
        kind == .gateway ? "gateway" : hostnameBlock(kind)
    }

    /// The `security` block's argument for a cipher suite (azurerm's names for the custom properties).
    static func securityArgument(_ cipher: GatewayCipher) -> HCLIdentifier {
        switch cipher {
        case .tripleDES168: "triple_des_ciphers_enabled"
        case .ecdheECDSAWithAES256CBCSHA: "tls_ecdhe_ecdsa_with_aes256_cbc_sha_ciphers_enabled"
        case .ecdheECDSAWithAES128CBCSHA: "tls_ecdhe_ecdsa_with_aes128_cbc_sha_ciphers_enabled"
        case .ecdheRSAWithAES256CBCSHA: "tls_ecdhe_rsa_with_aes256_cbc_sha_ciphers_enabled"
        case .ecdheRSAWithAES128CBCSHA: "tls_ecdhe_rsa_with_aes128_cbc_sha_ciphers_enabled"
        case .rsaWithAES128GCMSHA256: "tls_rsa_with_aes128_gcm_sha256_ciphers_enabled"
        case .rsaWithAES256GCMSHA384: "tls_rsa_with_aes256_gcm_sha384_ciphers_enabled"
        case .rsaWithAES256CBCSHA256: "tls_rsa_with_aes256_cbc_sha256_ciphers_enabled"
        case .rsaWithAES128CBCSHA256: "tls_rsa_with_aes128_cbc_sha256_ciphers_enabled"
        case .rsaWithAES256CBCSHA: "tls_rsa_with_aes256_cbc_sha_ciphers_enabled"
        case .rsaWithAES128CBCSHA: "tls_rsa_with_aes128_cbc_sha_ciphers_enabled"
        }
    }

    /// `<tier>_<units>`, each part from its variable when the environments differ in it.
    private func skuName(_ apim: APIManagement) -> HCLExpression {
        let sku: HCLTemplatePart = environment.apiManagementSKU.map { .interpolation(TF.variable($0)) } ?? .literal(apim.sku.rawValue)
        let units: HCLTemplatePart = environment.apiManagementUnits.map { .interpolation(TF.variable($0)) } ?? .literal(String(apim.units))
        return .template([sku, "_", units])
    }

    /// The Terraform block name of a host name kind (`Proxy` is the gateway).
    static func hostnameBlock(_ kind: CustomHostname.Kind) -> HCLIdentifier {
        switch kind {
        case .gateway: "proxy"
        case .developerPortal: "developer_portal"
        case .portal: "portal"
        case .management: "management"
        case .scm: "scm"
        }
    }

    private func hostnameBlocks(_ hostnames: [CustomHostname], block: (CustomHostname.Kind) -> HCLIdentifier) -> [HCLBodyItem] {
        var items: [HCLBodyItem] = []
        for hostname in hostnames {
            var body: [HCLBodyItem] = [TF.attr("host_name", environment.hostName(hostname.hostName))]
            switch hostname.certificate {
            case .keyVault(let certificate):
                body.append(TF.attr("key_vault_certificate_id", secretIdentifier(certificate)))
                if let identity = certificate.identity.userAssignedName {
                    body.append(TF.attr("ssl_keyvault_identity_client_id", identityAttribute(identity, "client_id")))
                }
            case .pfx(let path, let password):
                body.append(TF.attr("certificate", certificateFileContent(path)))
                body.append(TF.attr("certificate_password", certificatePassword(path: path, password)))
            }
            if hostname.kind == .gateway {
                body.append(TF.attr("default_ssl_binding", .bool(hostname.defaultSSLBinding)))
            }
            if !items.isEmpty { items.append(.blankLine) }
            items.append(.block(HCLBlock(block(hostname.kind), labels: [], body: body)))
        }
        return items
    }
}
