resource "azurerm_api_management_api" "orders" {
  name                  = "orders"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  revision              = "1"
  display_name          = "orders"
  path                  = "orders"
  protocols             = ["https"]
  service_url           = "https://backends.internal.northwind.com/orders"
  subscription_required = true
}

resource "azurerm_api_management_api_operation" "orders_list_orders" {
  operation_id        = "list-orders"
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "list-orders"
  method              = "GET"
  url_template        = "/"
}

resource "azurerm_api_management_api_operation" "orders_get_order" {
  operation_id        = "get-order"
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "get-order"
  method              = "GET"
  url_template        = "/{orderId}"

  template_parameter {
    name     = "orderId"
    required = true
    type     = "string"
  }
}

resource "azurerm_api_management_api" "invoices" {
  name                  = "invoices"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  revision              = "1"
  display_name          = "invoices"
  path                  = "invoices"
  protocols             = ["https"]
  service_url           = "https://backends.internal.northwind.com/invoices"
  subscription_required = true
}

resource "azurerm_api_management_api_operation" "invoices_list_invoices" {
  operation_id        = "list-invoices"
  api_name            = azurerm_api_management_api.invoices.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "list-invoices"
  method              = "GET"
  url_template        = "/"
}
