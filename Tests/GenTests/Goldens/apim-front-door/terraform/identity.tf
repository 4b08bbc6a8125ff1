resource "azurerm_user_assigned_identity" "northwind_gateway" {
  name                = "id-northwind-gateway"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location

  tags = local.tags
}

# Application Gateway read TLS certificates from Key Vault.
resource "azurerm_role_assignment" "northwind_gateway_secrets_user" {
  scope                = azurerm_key_vault.main.id
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.northwind_gateway.principal_id
  principal_type       = "ServicePrincipal"
  description          = "Application Gateway read TLS certificates from Key Vault"
}
