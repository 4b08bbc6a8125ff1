resource "azurerm_user_assigned_identity" "fabrikam_apim" {
  name                = "id-fabrikam-apim"
  resource_group_name = var.resource_group_name
  location            = var.location

  tags = local.tags
}

# API Management read named values, client certificates and TLS certificates from Key Vault.
resource "azurerm_role_assignment" "apim_system_secrets_user" {
  scope                = "/subscriptions/${data.azurerm_client_config.current.subscription_id}/resourceGroups/${var.key_vault_resource_group_name}/providers/Microsoft.KeyVault/vaults/kv-fabrikam-apis"
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_api_management.main.identity[0].principal_id
  principal_type       = "ServicePrincipal"
  description          = "API Management read named values, client certificates and TLS certificates from Key Vault"
}

# Application Gateway read TLS certificates from Key Vault.
resource "azurerm_role_assignment" "fabrikam_apim_secrets_user" {
  scope                = "/subscriptions/${data.azurerm_client_config.current.subscription_id}/resourceGroups/${var.key_vault_resource_group_name}/providers/Microsoft.KeyVault/vaults/kv-fabrikam-apis"
  role_definition_name = "Key Vault Secrets User"
  principal_id         = azurerm_user_assigned_identity.fabrikam_apim.principal_id
  principal_type       = "ServicePrincipal"
  description          = "Application Gateway read TLS certificates from Key Vault"
}

# API Management sends records of logger audit-hub to Event Hubs.
resource "azurerm_role_assignment" "fabrikam_apim_event_hubs_sender" {
  scope                = "${"/subscriptions/${data.azurerm_client_config.current.subscription_id}/resourceGroups/${var.resource_group_name}"}/providers/Microsoft.EventHub/namespaces/evhns-fabrikam-audit"
  role_definition_name = "Azure Event Hubs Data Sender"
  principal_id         = azurerm_user_assigned_identity.fabrikam_apim.principal_id
  principal_type       = "ServicePrincipal"
  description          = "API Management sends records of logger audit-hub to Event Hubs"
}
