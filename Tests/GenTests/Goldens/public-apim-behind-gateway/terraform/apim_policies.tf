resource "azurerm_api_management_policy" "main" {
  api_management_id = azurerm_api_management.main.id
  xml_content       = file("${path.module}/policies/policy.xml")

  # The XML names these only by text; API Management rejects a policy whose references do not exist yet.
  depends_on = [azurerm_api_management_named_value.gateway_public_ip]
}
