import DSL

/// `identity.tf`: user-assigned identities and the Key Vault roles they hold.
extension TerraformContext {
    var identityFile: HCLFile {
        var items: [HCLBodyItem] = deployment.identities.map { identity in
            TF.resource("azurerm_user_assigned_identity", names.identity(identity.name), placement(identity.name) + tags)
        }
        for assignment in resolved.roleAssignments {
            items.append(.comment(assignment.reason + "."))
            items.append(TF.resource("azurerm_role_assignment", names.roleAssignment(assignment), [
                TF.attr("scope", roleScope(assignment.scope)),
                TF.attr("role_definition_name", .string(assignment.role.rawValue)),
                TF.attr("principal_id", principalID(assignment.principal)),
                TF.attr("principal_type", "ServicePrincipal"),
                TF.attr("description", .string(assignment.reason)),
            ]))
        }
        return HCLFile(items)
    }

    /// The resource a role is granted on; an Event Hub namespace is one the deployment's
    /// resource group holds but the deployment does not create.
    func roleScope(_ scope: RoleAssignment.Scope) -> HCLExpression {
        switch scope {
        case .keyVault(let vault): keyVaultAttribute(vault, "id")
        case .eventHubNamespace(let namespace):
            .template([.interpolation(resourceGroupID), .literal("/providers/Microsoft.EventHub/namespaces/\(namespace)")])
        }
    }

    /// The principal of a managed identity: a user-assigned one's, or API Management's own.
    func principalID(_ identity: ManagedIdentityReference) -> HCLExpression {
        switch identity {
        case .userAssigned(let name): identityAttribute(name, "principal_id")
        case .systemAssigned: .ref("\(Self.apiManagementResource).\(TerraformNames.main).identity[0].principal_id")
        }
    }
}
