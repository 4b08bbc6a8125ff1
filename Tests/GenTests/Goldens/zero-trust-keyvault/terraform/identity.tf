resource "azurerm_user_assigned_identity" "apim_edge_certificates" {
  name                = "id-apim-edge-certificates"
  resource_group_name = var.resource_group_name
  location            = var.location

  tags = local.tags
}

# API Management read TLS certificates from Key Vault.
resource "azurerm_role_assignment" "apim_system_secrets_user" {
  scope                = "/subscriptions/${data.azurerm_client_config.current.subscription_id}/resourceGroups/${var.key_vault_resource_group_name}/providers/Microsoft.KeyVault/vaults/kv-apim-edge-prod"
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_api_management.main.identity[0].principal_id
  principal_type       = "ServicePrincipal"
  description          = "API Management read TLS certificates from Key Vault"
}

# Application Gateway read TLS certificates from Key Vault.
resource "azurerm_role_assignment" "apim_edge_certificates_secrets_user" {
  scope                = "/subscriptions/${data.azurerm_client_config.current.subscription_id}/resourceGroups/${var.key_vault_resource_group_name}/providers/Microsoft.KeyVault/vaults/kv-apim-edge-prod"
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.apim_edge_certificates.principal_id
  principal_type       = "ServicePrincipal"
  description          = "Application Gateway read TLS certificates from Key Vault"
}
