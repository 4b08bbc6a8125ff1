resource "azurerm_api_management_named_value" "gateway_public_ip" {
  name                = "gateway-public-ip"
  resource_group_name = azurerm_resource_group.main.name
  api_management_name = azurerm_api_management.main.name
  display_name        = "gateway-public-ip"
  value               = azurerm_public_ip.gateway.ip_address
}
