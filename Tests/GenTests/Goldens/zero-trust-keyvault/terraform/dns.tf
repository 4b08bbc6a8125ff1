resource "azurerm_private_dns_zone" "contoso_com" {
  name                = "contoso.com"
  resource_group_name = var.resource_group_name

  tags = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "contoso_com" {
  name                  = "vnet-apim-edge-link"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.contoso_com.name
  virtual_network_id    = azurerm_virtual_network.main.id
  registration_enabled  = false

  tags = local.tags
}

resource "azurerm_private_dns_a_record" "api" {
  name                = "api"
  resource_group_name = var.resource_group_name
  zone_name           = azurerm_private_dns_zone.contoso_com.name
  ttl                 = 3600
  records             = [azurerm_api_management.main.private_ip_addresses[0]]

  tags = local.tags
}

resource "azurerm_private_dns_a_record" "developer" {
  name                = "developer"
  resource_group_name = var.resource_group_name
  zone_name           = azurerm_private_dns_zone.contoso_com.name
  ttl                 = 3600
  records             = [azurerm_api_management.main.private_ip_addresses[0]]

  tags = local.tags
}

resource "azurerm_private_dns_a_record" "management" {
  name                = "management"
  resource_group_name = var.resource_group_name
  zone_name           = azurerm_private_dns_zone.contoso_com.name
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
  name                  = "vnet-apim-edge-kv-link"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.privatelink_vaultcore_azure_net.name
  virtual_network_id    = azurerm_virtual_network.main.id
  registration_enabled  = false

  tags = local.tags
}
