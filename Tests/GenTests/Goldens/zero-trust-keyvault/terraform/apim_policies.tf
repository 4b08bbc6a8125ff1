resource "azurerm_api_management_policy" "main" {
  api_management_id = azurerm_api_management.main.id
  xml_content       = file("${path.module}/policies/policy.xml")

  # The XML names these only by text; API Management rejects a policy whose references do not exist yet.
  depends_on = [
    azurerm_api_management_named_value.tenant_id,
    azurerm_api_management_named_value.orders_audience,
  ]
}

resource "azurerm_api_management_product_policy" "partners" {
  product_id          = azurerm_api_management_product.partners.product_id
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  xml_content         = file("${path.module}/policies/products/partners/policy.xml")
}

resource "azurerm_api_management_api_policy" "orders" {
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  xml_content         = file("${path.module}/policies/apis/orders/policy.xml")
}
