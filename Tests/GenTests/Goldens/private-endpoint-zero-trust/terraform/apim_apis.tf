resource "azurerm_api_management_api" "orders" {
  name                  = "orders"
  resource_group_name   = azurerm_resource_group.main.name
  api_management_name   = azurerm_api_management.main.name
  revision              = "1"
  display_name          = "orders"
  path                  = "orders"
  protocols             = ["https"]
  subscription_required = true
}

resource "azurerm_api_management_api_operation" "orders_list_orders" {
  operation_id        = "list-orders"
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = azurerm_resource_group.main.name
  api_management_name = azurerm_api_management.main.name
  display_name        = "list-orders"
  method              = "GET"
  url_template        = "/orders"
}

resource "azurerm_api_management_api_operation" "orders_create_order" {
  operation_id        = "create-order"
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = azurerm_resource_group.main.name
  api_management_name = azurerm_api_management.main.name
  display_name        = "create-order"
  method              = "POST"
  url_template        = "/orders"
}
