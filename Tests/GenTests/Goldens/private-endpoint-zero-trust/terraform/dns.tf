resource "azurerm_private_dns_zone" "privatelink_azure_api_net" {
  name                = "privatelink.azure-api.net"
  resource_group_name = azurerm_resource_group.main.name

  tags = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "privatelink_azure_api_net" {
  name                  = "vnet-wingtip-api-apim-link"
  resource_group_name   = azurerm_resource_group.main.name
  private_dns_zone_name = azurerm_private_dns_zone.privatelink_azure_api_net.name
  virtual_network_id    = azurerm_virtual_network.main.id
  registration_enabled  = false

  tags = local.tags
}
