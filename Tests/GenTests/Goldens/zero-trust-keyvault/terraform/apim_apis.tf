resource "azurerm_api_management_api" "orders" {
  name                  = "orders"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  revision              = "1"
  display_name          = "orders"
  path                  = "external/orders"
  protocols             = ["https"]
  subscription_required = true
}

resource "azurerm_api_management_api_operation" "orders_list_orders" {
  operation_id        = "list-orders"
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "list-orders"
  method              = "GET"
  url_template        = "/orders"
}

resource "azurerm_api_management_api_operation" "orders_get_order" {
  operation_id        = "get-order"
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "get-order"
  method              = "GET"
  url_template        = "/orders/{orderId}"

  template_parameter {
    name     = "orderId"
    required = true
    type     = "string"
  }
}

resource "azurerm_api_management_api_operation" "orders_create_order" {
  operation_id        = "create-order"
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "create-order"
  method              = "POST"
  url_template        = "/orders"
}

resource "azurerm_api_management_api" "inventory" {
  name                  = "inventory"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  revision              = "1"
  display_name          = "inventory"
  path                  = "internal/inventory"
  protocols             = ["https"]
  subscription_required = true
}

resource "azurerm_api_management_product" "partners" {
  product_id            = "partners"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  display_name          = "Partners"
  subscription_required = true
  approval_required     = true
  subscriptions_limit   = 1
  published             = true
}

resource "azurerm_api_management_product_api" "partners_orders" {
  product_id          = azurerm_api_management_product.partners.product_id
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
}
