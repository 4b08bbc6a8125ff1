import DSL

/// `keyvault.tf`: the vaults holding the TLS certificates (RBAC, purge protection, no public
/// network access), vaults the deployment only reads, and their private endpoints.
extension TerraformContext {
    var keyVaultFile: HCLFile {
        var items: [HCLBodyItem] = []
        if needsClientConfig {
            items.append(TF.data("azurerm_client_config", "current", []))
        }
        for vault in deployment.keyVaults where !vault.existing {
            items.append(keyVault(vault))
        }
        for name in TerraformNames.keyVaultNames(deployment) where !isDeclaredKeyVault(name) {
            items.append(existingVaultCheck(name))
        }
        for (vault, secret) in keyVaultSecrets {
            items.append(TF.data("azurerm_key_vault_secret", SnakeCase.identifier(secret), [
                TF.attr("name", .string(secret)),
                TF.attr("key_vault_id", keyVaultAttribute(vault, "id")),
            ]))
        }
        for endpoint in resolved.privateEndpoints {
            items.append(privateEndpoint(endpoint))
        }
        return HCLFile(items)
    }

    /// PFX passwords and secret named values read from Key Vault at plan time, once each.
    private var keyVaultSecrets: [(vault: String, secret: String)] {
        var result: [(vault: String, secret: String)] = []
        for reference in deployment.secretReferences {
            if case .keyVaultSecret(let vault, let secret) = reference, !result.contains(where: { $0.secret == secret }) {
                result.append((vault, secret))
            }
        }
        return result
    }

    private func keyVault(_ vault: KeyVault) -> HCLBodyItem {
        var body: [HCLBodyItem] = []
        let hasEndpoint = resolved.privateEndpoints.contains { $0.vault == vault.name }
        if !hasEndpoint {
            body.append(.directive("checkov:skip=CKV2_AZURE_32: the manifest gives this vault no private endpoint subnet; it stays closed to every network"))
        }
        body += placement(vault.name)
        body += [
            TF.attr("tenant_id", .ref("data.azurerm_client_config.current.tenant_id")),
            TF.attr("sku_name", .string(vault.sku.rawValue)),
            TF.attr("rbac_authorization_enabled", true),
            TF.attr("purge_protection_enabled", true),
            TF.attr("soft_delete_retention_days", .number(vault.softDeleteRetentionDays)),
            TF.attr("public_network_access_enabled", false),
            .blankLine,
            TF.block("network_acls", body: [
                TF.attr("bypass", "AzureServices"),
                TF.attr("default_action", "Deny"),
            ]),
        ]
        return TF.resource("azurerm_key_vault", names.keyVault(vault.name), body + tags)
    }

    /// A vault the deployment only reads is not read at plan time (its ID is built from its
    /// name); this check reads it after all and warns, without failing the plan, when it is
    /// missing or unprotected: the bootstrap has not run.
    private func existingVaultCheck(_ name: String) -> HCLBodyItem {
        let key = names.keyVault(name)
        let bootstrapped = resolved.keyVaultBootstraps.contains { $0.vault.name == name }
        let remedy = bootstrapped ? "run powershell/bootstrap-keyvault.ps1 before the first apply" : "create it, or point \(TerraformVariables.existingVaultResourceGroupName(key)) at its resource group"
        return TF.block("check", "key_vault_\(key)_exists", body: [
            TF.data("azurerm_key_vault", key, [
                TF.attr("name", .string(name)),
                TF.attr("resource_group_name", TF.variable(TerraformVariables.existingVaultResourceGroupName(key))),
            ]),
            .blankLine,
            TF.block("assert", body: [
                TF.attr("condition", .ref("data.azurerm_key_vault.\(key).purge_protection_enabled")),
                TF.attr("error_message", .string("Key Vault \(name) does not exist or has no purge protection: \(remedy).")),
            ]),
        ])
    }

    private func privateLinkResourceID(_ target: PrivateEndpoint.Target) -> HCLExpression {
        switch target {
        case .keyVault(let vault): keyVaultAttribute(vault, "id")
        case .apiManagement: TF.ref(Self.apiManagementResource, TerraformNames.main, "id")
        }
    }

    private func privateEndpoint(_ endpoint: PrivateEndpoint) -> HCLBodyItem {
        let name = endpoint.vault == nil ? environment.value(.apiManagementPrivateEndpointName, or: endpoint.name) : .string(endpoint.name)
        var body = placement(name)
        body.append(TF.attr("subnet_id", subnetID(endpoint.subnet)))
        body.append(.blankLine)
        body.append(TF.block("private_service_connection", body: [
            TF.attr("name", name),
            TF.attr("private_connection_resource_id", privateLinkResourceID(endpoint.target)),
            TF.attr("subresource_names", TF.strings([endpoint.groupID])),
            TF.attr("is_manual_connection", false),
        ]))
        if deployment.privateDNSZones.contains(where: { $0.name == endpoint.dnsZone }) {
            body.append(.blankLine)
            body.append(TF.block("private_dns_zone_group", body: [
                TF.attr("name", "default"),
                TF.attr("private_dns_zone_ids", .list([TF.ref("azurerm_private_dns_zone", names.dnsZone(endpoint.dnsZone), "id")])),
            ]))
        }
        return TF.resource("azurerm_private_endpoint", names.privateEndpoint(endpoint.name), body + tags)
    }
}
