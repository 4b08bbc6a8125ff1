resource "azurerm_private_dns_zone" "fabrikam_com" {
  name                = "fabrikam.com"
  resource_group_name = var.resource_group_name

  tags = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "fabrikam_com" {
  name                  = "vnet-fabrikam-apis-link"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.fabrikam_com.name
  virtual_network_id    = azurerm_virtual_network.main.id
  registration_enabled  = false

  tags = local.tags
}

resource "azurerm_private_dns_a_record" "catalog_internal" {
  name                = "catalog.internal"
  resource_group_name = var.resource_group_name
  zone_name           = azurerm_private_dns_zone.fabrikam_com.name
  ttl                 = 3600
  records             = ["10.41.0.10"]

  tags = local.tags
}

resource "azurerm_private_dns_a_record" "billing_internal" {
  name                = "billing.internal"
  resource_group_name = var.resource_group_name
  zone_name           = azurerm_private_dns_zone.fabrikam_com.name
  ttl                 = 3600
  records             = ["10.41.0.11"]

  tags = local.tags
}

resource "azurerm_private_dns_a_record" "status_internal" {
  name                = "status.internal"
  resource_group_name = var.resource_group_name
  zone_name           = azurerm_private_dns_zone.fabrikam_com.name
  ttl                 = 3600
  records             = ["10.41.0.12"]

  tags = local.tags
}

resource "azurerm_private_dns_a_record" "api" {
  name                = "api"
  resource_group_name = var.resource_group_name
  zone_name           = azurerm_private_dns_zone.fabrikam_com.name
  ttl                 = 3600
  records             = [azurerm_api_management.main.private_ip_addresses[0]]

  tags = local.tags
}

resource "azurerm_private_dns_zone" "privatelink_vaultcore_azure_net" {
  name                = "privatelink.vaultcore.azure.net"
  resource_group_name = var.resource_group_name

  tags = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "privatelink_vaultcore_azure_net" {
  name                  = "vnet-fabrikam-apis-kv-link"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.privatelink_vaultcore_azure_net.name
  virtual_network_id    = azurerm_virtual_network.main.id
  registration_enabled  = false

  tags = local.tags
}
