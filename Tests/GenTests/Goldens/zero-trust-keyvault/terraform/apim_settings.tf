resource "azurerm_api_management_named_value" "tenant_id" {
  name                = "tenant-id"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "tenant-id"
  value               = "00000000-0000-0000-0000-000000000000"
}

resource "azurerm_api_management_named_value" "orders_audience" {
  name                = "orders-audience"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "orders-audience"
  value               = "api://contoso-orders"
}
