resource "azurerm_private_endpoint" "api_management" {
  name                = var.api_management_private_endpoint_name
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  subnet_id           = azurerm_subnet.private_endpoints.id

  private_service_connection {
    name                           = var.api_management_private_endpoint_name
    private_connection_resource_id = azurerm_api_management.main.id
    subresource_names              = ["Gateway"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = [azurerm_private_dns_zone.privatelink_azure_api_net.id]
  }

  tags = local.tags
}
