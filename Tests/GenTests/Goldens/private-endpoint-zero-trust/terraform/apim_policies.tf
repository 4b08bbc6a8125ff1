resource "azurerm_api_management_policy" "main" {
  api_management_id = azurerm_api_management.main.id
  xml_content       = file("${path.module}/policies/policy.xml")

  # The XML names these only by text; API Management rejects a policy whose references do not exist yet.
  depends_on = [azurerm_api_management_named_value.cors_origin]
}

resource "azurerm_api_management_api_policy" "orders" {
  api_name            = azurerm_api_management_api.orders.name
  resource_group_name = azurerm_resource_group.main.name
  api_management_name = azurerm_api_management.main.name
  xml_content         = file("${path.module}/policies/apis/orders/policy.xml")

  # The XML names these only by text; API Management rejects a policy whose references do not exist yet.
  depends_on = [azurerm_api_management_named_value.orders_backend_url]
}
