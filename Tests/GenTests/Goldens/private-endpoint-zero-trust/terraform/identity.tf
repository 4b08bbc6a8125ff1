resource "azurerm_user_assigned_identity" "wingtip_certificates" {
  name                = "id-wingtip-certificates"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location

  tags = local.tags
}

# API Management and Application Gateway read TLS certificates from Key Vault.
resource "azurerm_role_assignment" "wingtip_certificates_secrets_user" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.wingtip_certificates.principal_id
  principal_type       = "ServicePrincipal"
  description          = "API Management and Application Gateway read TLS certificates from Key Vault"
}
