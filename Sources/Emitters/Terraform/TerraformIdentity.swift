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
                TF.attr("scope", keyVaultAttribute(assignment.vault, "id")),
                TF.attr("role_definition_name", .string(assignment.role.rawValue)),
                TF.attr("principal_id", identityAttribute(assignment.identity, "principal_id")),
                TF.attr("principal_type", "ServicePrincipal"),
                TF.attr("description", .string(assignment.reason)),
            ]))
        }
        return HCLFile(items)
    }
}
