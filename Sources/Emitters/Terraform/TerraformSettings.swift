import DSL

/// `versions.tf`, `providers.tf`, `backend.tf` and `main.tf`: the module's settings, the
/// provider, remote state, the shared tags and the resource group.
extension TerraformContext {
    /// The newest azurerm release the reference catalog documents (v4.81.0).
    static let providerConstraint = "~> 4.81"
    static let terraformConstraint = ">= 1.9, < 2.0"

    var versionsFile: HCLFile {
        HCLFile([
            TF.block("terraform", body: [
                TF.attr("required_version", .string(Self.terraformConstraint)),
                .blankLine,
                TF.block("required_providers", body: [
                    TF.attr("azurerm", .object([
                        "source": "hashicorp/azurerm",
                        "version": .string(Self.providerConstraint),
                    ])),
                ]),
            ]),
        ])
    }

    var providersFile: HCLFile {
        var features: [HCLBodyItem] = [
            TF.block("resource_group", body: [
                .comment("Never delete a resource group that still holds resources Terraform does not manage."),
                TF.attr("prevent_deletion_if_contains_resources", true),
            ]),
        ]
        if deployment.apiManagement != nil {
            features.append(.blankLine)
            features.append(TF.block("api_management", body: [
                .comment("Keep a destroyed service soft-deleted (recoverable) and recover it on re-create."),
                TF.attr("purge_soft_delete_on_destroy", false),
                TF.attr("recover_soft_deleted", true),
            ]))
        }
        if !deployment.keyVaults.isEmpty {
            features.append(.blankLine)
            features.append(TF.block("key_vault", body: [
                .comment("Purge protection is on: never purge, recover soft-deleted vaults and certificates instead."),
                TF.attr("purge_soft_delete_on_destroy", false),
                TF.attr("recover_soft_deleted_key_vaults", true),
                TF.attr("purge_soft_deleted_certificates_on_destroy", false),
                TF.attr("recover_soft_deleted_certificates", true),
            ]))
        }
        var body: [HCLBodyItem] = []
        if variables.has(TerraformVariables.subscriptionID) {
            body.append(TF.attr("subscription_id", TF.variable(TerraformVariables.subscriptionID)))
        } else {
            body.append(.comment("The subscription comes from ARM_SUBSCRIPTION_ID (or the Azure CLI context)."))
        }
        body.append(.blankLine)
        body.append(TF.block("features", body: features))
        return HCLFile([TF.block("provider", "azurerm", body: body)])
    }

    /// State in an Azure storage account, authenticated with Entra ID rather than account keys.
    /// Without a `RemoteState` in the manifest the backend is a partial configuration: the
    /// pipeline (or `terraform init -backend-config=…`) names the storage, so state never lives
    /// on a build agent that forgets it. With environments it is always partial: each
    /// environment's `.backend.hcl` names its own state, and no environment falls back on
    /// another's.
    var backendFile: HCLFile {
        let backend: [HCLBodyItem]
        if !resolved.environments.isEmpty {
            backend = [
                .comment("Partial configuration: each environment keeps its own state, named in environments/<environment>.backend.hcl:"),
                .comment("terraform init -backend-config=environments/<environment>.backend.hcl"),
                TF.attr("use_azuread_auth", true),
            ]
        } else if let state = deployment.pipeline?.remoteState {
            backend = [
                TF.attr("resource_group_name", .string(state.resourceGroup)),
                TF.attr("storage_account_name", .string(state.storageAccount)),
                TF.attr("container_name", .string(state.container)),
                TF.attr("key", .string(state.key)),
                TF.attr("use_azuread_auth", true),
            ]
        } else {
            backend = [
                .comment("Partial configuration: pass resource_group_name, storage_account_name, container_name and key"),
                .comment("with terraform init -backend-config=KEY=VALUE (the pipeline does), or -backend=false to try it out."),
                TF.attr("use_azuread_auth", true),
            ]
        }
        return HCLFile([TF.block("terraform", body: [TF.block("backend", "azurerm", body: backend)])])
    }

    var mainFile: HCLFile {
        var items: [HCLBodyItem] = []
        if !deployment.tags.isEmpty {
            items.append(TF.block("locals", body: [
                TF.attr("tags", .object(deployment.tags.map { HCLObjectItem($0.name, .string($0.value)) })),
            ]))
        }
        if resolved.resourceGroupPrecedesDeployment {
            items.append(.comment("The resource group is not created here: the Key Vault bootstrap (powershell/bootstrap-keyvault.ps1)"))
            items.append(.comment("created it with the vault before the first apply, and Terraform cannot create a group that exists."))
        } else {
            items.append(TF.resource(Self.resourceGroup, TerraformNames.main, [
                TF.attr("name", TF.variable(TerraformVariables.resourceGroupName)),
                TF.attr("location", TF.variable(TerraformVariables.location)),
            ] + tags))
        }
        return HCLFile(items)
    }
}
