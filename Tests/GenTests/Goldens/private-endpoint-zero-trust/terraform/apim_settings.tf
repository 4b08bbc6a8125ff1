resource "azurerm_api_management_named_value" "orders_backend_url" {
  name                = "orders-backend-url"
  resource_group_name = azurerm_resource_group.main.name
  api_management_name = azurerm_api_management.main.name
  display_name        = "orders-backend-url"
  value               = var.named_value_orders_backend_url
}

resource "azurerm_api_management_named_value" "cors_origin" {
  name                = "cors-origin"
  resource_group_name = azurerm_resource_group.main.name
  api_management_name = azurerm_api_management.main.name
  display_name        = "cors-origin"
  value               = var.named_value_cors_origin
}
