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

    var resourceGroupName: HCLExpression { TF.ref(Self.resourceGroup, TerraformNames.main, "name") }
    var location: HCLExpression { TF.ref(Self.resourceGroup, TerraformNames.main, "location") }

    /// `name`, `resource_group_name` and `location`, the opening lines of most resources.
    func placement(_ name: String) -> [HCLBodyItem] {
        [TF.attr("name", .string(name)), TF.attr("resource_group_name", resourceGroupName), TF.attr("location", location)]
    }

    /// `tags = local.tags` after a blank line, when the deployment has tags.
    var tags: [HCLBodyItem] {
        deployment.tags.isEmpty ? [] : [.blankLine, TF.attr("tags", .ref("local.tags"))]
    }

    func subnetID(_ name: String) -> HCLExpression { TF.ref("azurerm_subnet", names.subnet(name), "id") }

    func identityAttribute(_ name: String, _ attribute: String) -> HCLExpression {
        TF.ref("azurerm_user_assigned_identity", names.identity(name), attribute)
    }

    /// A declared vault is a resource; one the deployment only refers to is a data source.
    func isDeclaredKeyVault(_ name: String) -> Bool {
        deployment.keyVaults.contains { $0.name == name && !$0.existing }
    }

    func keyVaultAttribute(_ name: String, _ attribute: String) -> HCLExpression {
        let key = names.keyVault(name)
        return isDeclaredKeyVault(name) ? TF.ref("azurerm_key_vault", key, attribute) : .ref("data.azurerm_key_vault.\(key).\(attribute)")
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
