data "azurerm_client_config" "current" {}

check "key_vault_main_exists" {
  data "azurerm_key_vault" "main" {
    name                = "kv-fabrikam-apis"
    resource_group_name = var.key_vault_resource_group_name
  }

  assert {
    condition     = data.azurerm_key_vault.main.purge_protection_enabled
    error_message = "Key Vault kv-fabrikam-apis does not exist or has no purge protection: run powershell/bootstrap-keyvault.ps1 before the first apply."
  }
}

resource "azurerm_private_endpoint" "key_vault" {
  name                = "pe-kv-fabrikam-apis"
  resource_group_name = var.resource_group_name
  location            = var.location
  subnet_id           = azurerm_subnet.private_endpoints.id

  private_service_connection {
    name                           = "pe-kv-fabrikam-apis"
    private_connection_resource_id = "/subscriptions/${data.azurerm_client_config.current.subscription_id}/resourceGroups/${var.key_vault_resource_group_name}/providers/Microsoft.KeyVault/vaults/kv-fabrikam-apis"
    subresource_names              = ["vault"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = [azurerm_private_dns_zone.privatelink_vaultcore_azure_net.id]
  }

  tags = local.tags
}
