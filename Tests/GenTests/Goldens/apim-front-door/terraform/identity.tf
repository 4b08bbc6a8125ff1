resource "azurerm_user_assigned_identity" "northwind_gateway" {
  name                = "id-northwind-gateway"
  resource_group_name = var.resource_group_name
  location            = var.location

  tags = local.tags
}

# Application Gateway read TLS certificates from Key Vault.
resource "azurerm_role_assignment" "northwind_gateway_secrets_user" {
  scope                = "/subscriptions/${data.azurerm_client_config.current.subscription_id}/resourceGroups/${var.key_vault_resource_group_name}/providers/Microsoft.KeyVault/vaults/kv-northwind-apis"
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.northwind_gateway.principal_id
  principal_type       = "ServicePrincipal"
  description          = "Application Gateway read TLS certificates from Key Vault"
}
