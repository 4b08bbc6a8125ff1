resource "azurerm_api_management_api" "catalog" {
  name                  = "catalog"
  resource_group_name   = azurerm_resource_group.main.name
  api_management_name   = azurerm_api_management.main.name
  revision              = "1"
  display_name          = "catalog"
  path                  = "catalog"
  protocols             = ["https"]
  service_url           = "https://catalog.tailspin.com/api"
  subscription_required = true
}

resource "azurerm_api_management_api_operation" "catalog_list_products" {
  operation_id        = "list-products"
  api_name            = azurerm_api_management_api.catalog.name
  resource_group_name = azurerm_resource_group.main.name
  api_management_name = azurerm_api_management.main.name
  display_name        = "list-products"
  method              = "GET"
  url_template        = "/products"
}

resource "azurerm_api_management_api_operation" "catalog_get_product" {
  operation_id        = "get-product"
  api_name            = azurerm_api_management_api.catalog.name
  resource_group_name = azurerm_resource_group.main.name
  api_management_name = azurerm_api_management.main.name
  display_name        = "get-product"
  method              = "GET"
  url_template        = "/products/{productId}"

  template_parameter {
    name     = "productId"
    required = true
    type     = "string"
  }
}
