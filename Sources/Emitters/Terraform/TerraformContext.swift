import DSL

/// What every part of the Terraform emitter shares: the resolved deployment, the local names
/// and the module's input variables.
struct TerraformContext {
    let resolved: ResolvedDeployment
    let names: TerraformNames
    let variables: TerraformVariables
    let environment: TerraformEnvironmentParameters

    init(_ resolved: ResolvedDeployment) {
        self.resolved = resolved
        self.names = TerraformNames(resolved)
        self.environment = TerraformEnvironmentParameters(resolved)
        self.variables = TerraformVariables(resolved, names: names, environment: environment)
    }

    var deployment: Deployment { resolved.deployment }

    static let resourceGroup = "azurerm_resource_group"

    /// The resource group and its region. The module creates the group unless the Key Vault
    /// bootstrap already has (resolve's `resourceGroupPrecedesDeployment`): then it adopts it by
    /// name, since `azurerm_resource_group` refuses to create a group that exists.
    var resourceGroupName: HCLExpression {
        resolved.resourceGroupPrecedesDeployment ? TF.variable(TerraformVariables.resourceGroupName) : TF.ref(Self.resourceGroup, TerraformNames.main, "name")
    }
    var location: HCLExpression {
        resolved.resourceGroupPrecedesDeployment ? TF.variable(TerraformVariables.location) : TF.ref(Self.resourceGroup, TerraformNames.main, "location")
    }
    var resourceGroupID: HCLExpression {
        guard resolved.resourceGroupPrecedesDeployment else { return TF.ref(Self.resourceGroup, TerraformNames.main, "id") }
        return .template([.literal("/subscriptions/"), .interpolation(Self.subscriptionID), .literal("/resourceGroups/"), .interpolation(TF.variable(TerraformVariables.resourceGroupName))])
    }

    static let clientConfig = "data.azurerm_client_config.current"
    static let subscriptionID: HCLExpression = .ref("\(clientConfig).subscription_id")

    /// `data.azurerm_client_config.current`, for the tenant of created vaults and the
    /// subscription of existing ones.
    var needsClientConfig: Bool { !deployment.keyVaults.isEmpty || resolved.resourceGroupPrecedesDeployment }

    /// `name`, `resource_group_name` and `location`, the opening lines of most resources.
    func placement(_ name: String) -> [HCLBodyItem] { placement(.string(name)) }

    func placement(_ name: HCLExpression) -> [HCLBodyItem] {
        [TF.attr("name", name), TF.attr("resource_group_name", resourceGroupName), TF.attr("location", location)]
    }

    /// `tags = local.tags` after a blank line, when the deployment has tags.
    var tags: [HCLBodyItem] {
        deployment.tags.isEmpty ? [] : [.blankLine, TF.attr("tags", .ref("local.tags"))]
    }

    func subnetID(_ name: String) -> HCLExpression { TF.ref("azurerm_subnet", names.subnet(name), "id") }

    func identityAttribute(_ name: String, _ attribute: String) -> HCLExpression {
        TF.ref("azurerm_user_assigned_identity", names.identity(name), attribute)
    }

    /// A declared vault is a resource; one the deployment only refers to is addressed by its
    /// name, so that a plan reads nothing (the bootstrap fills it before the first apply; the
    /// `check` block in keyvault.tf warns when it is missing).
    func isDeclaredKeyVault(_ name: String) -> Bool {
        deployment.keyVaults.contains { $0.name == name && !$0.existing }
    }

    /// `id` or `vault_uri` of a vault.
    func keyVaultAttribute(_ name: String, _ attribute: String) -> HCLExpression {
        let key = names.keyVault(name)
        if isDeclaredKeyVault(name) { return TF.ref("azurerm_key_vault", key, attribute) }
        switch attribute {
        case "vault_uri":
            return .string(KeyVault.uri(of: name))
        default:
            return .template([
                .literal("/subscriptions/"), .interpolation(Self.subscriptionID),
                .literal("/resourceGroups/"), .interpolation(TF.variable(TerraformVariables.existingVaultResourceGroupName(key))),
                .literal("/providers/Microsoft.KeyVault/vaults/\(name)"),
            ])
        }
    }

    /// The versionless secret identifier of a Key Vault certificate, built from the vault's
    /// URI so that Azure picks up renewed versions and Terraform knows the dependency.
    func secretIdentifier(_ certificate: KeyVaultCertificate) -> HCLExpression {
        .template([.interpolation(keyVaultAttribute(certificate.vault, "vault_uri")), .literal("secrets/"), environment.certificateName(certificate)])
    }

    /// `filebase64(var.<path variable>)`: the PFX or CER file's content.
    func certificateFileContent(_ path: String) -> HCLExpression {
        .call("filebase64", [TF.variable(environment.certificateFileVariable(path) ?? names.certificateFile(path))])
    }

    /// The password of the PFX file at `path`: the environment's variable where the
    /// environments' files have passwords of their own, else `secretValue(password)`.
    func certificatePassword(path: String, _ password: SecretReference) -> HCLExpression {
        environment.certificatePasswordVariable(path).map(TF.variable) ?? secretValue(password)
    }

    /// The value of a PFX password: a sensitive variable or a Key Vault secret read at plan time.
    func secretValue(_ reference: SecretReference) -> HCLExpression {
        switch reference {
        case .parameter(let name):
            TF.variable(SnakeCase.identifier(name))
        case .keyVaultSecret(_, let secret):
            .ref("data.azurerm_key_vault_secret.\(SnakeCase.identifier(secret)).value")
        }
    }

    /// The role assignments that must exist before a resource reads certificates as `identities`.
    /// `depends_on` entries for what `resource` waits for (resolve's prerequisites), with the
    /// clause that explains them ("wait until the identity can read Key Vault and …").
    func prerequisiteDependencies(of resource: OrderedResource) -> (references: [HCLExpression], reason: String?) {
        let prerequisites = resolved.prerequisites(of: resource)
        let references: [HCLExpression] = prerequisites.map { prerequisite in
            switch prerequisite {
            case .roleAssignment(let assignment): .ref("azurerm_role_assignment.\(names.roleAssignment(assignment))")
            case .privateEndpoint(let name): .ref("azurerm_private_endpoint.\(names.privateEndpoint(name))")
            case .dnsZoneLink(let zone): .ref("azurerm_private_dns_zone_virtual_network_link.\(names.dnsZone(zone))")
            case .dnsRecord(let zone, let name): .ref("azurerm_private_dns_a_record.\(names.dnsRecord(zone: zone, record: name))")
            }
        }
        var seen = Set<String>()
        let reasons = prerequisites.map(\.reason).filter { seen.insert($0).inserted }
        guard let last = reasons.last else { return (references, nil) }
        let list = reasons.count == 1 ? last : reasons.dropLast().joined(separator: ", ") + " and " + last
        return (references, "wait until " + list)
    }

    /// `identity { type = "UserAssigned" identity_ids = [...] }` for user-assigned identities,
    /// plus the system-assigned one when asked.
    func identityBlock(userAssigned: [String], systemAssigned: Bool = false) -> HCLBodyItem? {
        guard !userAssigned.isEmpty || systemAssigned else { return nil }
        let type = switch (systemAssigned, userAssigned.isEmpty) {
        case (true, true): "SystemAssigned"
        case (true, false): "SystemAssigned, UserAssigned"
        default: "UserAssigned"
        }
        var body: [HCLBodyItem] = [TF.attr("type", .string(type))]
        if !userAssigned.isEmpty {
            body.append(TF.attr("identity_ids", .list(userAssigned.map { identityAttribute($0, "id") })))
        }
        return TF.block("identity", body: body)
    }

    /// Clauses joined into one comment sentence: `["a", "b"]` → "A; b."
    static func sentence(_ clauses: [String]) -> String {
        let text = clauses.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }
}
