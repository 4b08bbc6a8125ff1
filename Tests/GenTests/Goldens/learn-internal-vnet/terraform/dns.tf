resource "azurerm_private_dns_zone" "contoso_net" {
  name                = "contoso.net"
  resource_group_name = azurerm_resource_group.main.name
}

resource "azurerm_private_dns_zone_virtual_network_link" "contoso_net" {
  name                  = "mylink"
  resource_group_name   = azurerm_resource_group.main.name
  private_dns_zone_name = azurerm_private_dns_zone.contoso_net.name
  virtual_network_id    = azurerm_virtual_network.main.id
  registration_enabled  = false
}

resource "azurerm_private_dns_a_record" "api" {
  name                = "api"
  resource_group_name = azurerm_resource_group.main.name
  zone_name           = azurerm_private_dns_zone.contoso_net.name
  ttl                 = 3600
  records             = [azurerm_api_management.main.private_ip_addresses[0]]
}

resource "azurerm_private_dns_a_record" "portal" {
  name                = "portal"
  resource_group_name = azurerm_resource_group.main.name
  zone_name           = azurerm_private_dns_zone.contoso_net.name
  ttl                 = 3600
  records             = [azurerm_api_management.main.private_ip_addresses[0]]
}

resource "azurerm_private_dns_a_record" "management" {
  name                = "management"
  resource_group_name = azurerm_resource_group.main.name
  zone_name           = azurerm_private_dns_zone.contoso_net.name
  ttl                 = 3600
  records             = [azurerm_api_management.main.private_ip_addresses[0]]
}
