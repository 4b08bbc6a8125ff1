resource "azurerm_api_management_policy" "main" {
  api_management_id = azurerm_api_management.main.id
  xml_content       = file("${path.module}/policies/policy.xml")

  # The XML names these only by text; API Management rejects a policy whose references do not exist yet.
  depends_on = [
    azurerm_api_management_policy_fragment.correlation,
    azurerm_api_management_logger.audit_hub,
  ]
}

resource "azurerm_api_management_product_policy" "standard" {
  product_id          = azurerm_api_management_product.standard.product_id
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  xml_content         = file("${path.module}/policies/products/standard/policy.xml")
}

resource "azurerm_api_management_api_policy" "catalog_v1" {
  api_name            = azurerm_api_management_api.catalog_v1.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  xml_content         = file("${path.module}/policies/apis/catalog-v1/policy.xml")

  # The XML names these only by text; API Management rejects a policy whose references do not exist yet.
  depends_on = [
    azurerm_api_management_named_value.tenant_id,
    azurerm_api_management_named_value.catalog_audience,
    azurerm_api_management_policy_fragment.correlation,
    azurerm_api_management_backend.catalog_backend,
  ]
}

resource "azurerm_api_management_api_operation_policy" "catalog_v1_get_product" {
  api_name            = azurerm_api_management_api.catalog_v1.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  operation_id        = "get-product"
  xml_content = file(
    "${path.module}/policies/apis/catalog-v1/operations/get-product/policy.xml",
  )
}

resource "azurerm_api_management_api_operation_policy" "catalog_v1_delete_product" {
  api_name            = azurerm_api_management_api.catalog_v1.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  operation_id        = "delete-product"
  xml_content = file(
    "${path.module}/policies/apis/catalog-v1/operations/delete-product/policy.xml",
  )
}

resource "azurerm_api_management_api_operation_policy" "catalog_v1_export_products" {
  api_name            = azurerm_api_management_api.catalog_v1.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  operation_id        = "export-products"
  xml_content = file(
    "${path.module}/policies/apis/catalog-v1/operations/export-products/policy.xml",
  )
}

resource "azurerm_api_management_api_policy" "billing_soap" {
  api_name            = azurerm_api_management_api.billing_soap.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  xml_content         = file("${path.module}/policies/apis/billing-soap/policy.xml")

  # The XML names these only by text; API Management rejects a policy whose references do not exist yet.
  depends_on = [azurerm_api_management_certificate.billing_client]
}

resource "azurerm_api_management_api_policy" "status" {
  api_name            = azurerm_api_management_api.status.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  xml_content         = file("${path.module}/policies/apis/status/policy.xml")
}

resource "azurerm_api_management_api_operation_policy" "status_ping" {
  api_name            = azurerm_api_management_api.status.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  operation_id        = azurerm_api_management_api_operation.status_ping.operation_id
  xml_content         = file("${path.module}/policies/apis/status/operations/ping/policy.xml")
}

resource "azurerm_api_management_api_operation_policy" "status_dependencies" {
  api_name            = azurerm_api_management_api.status.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  operation_id        = azurerm_api_management_api_operation.status_dependencies.operation_id
  xml_content         = file("${path.module}/policies/apis/status/operations/dependencies/policy.xml")
}

resource "azurerm_api_management_policy_fragment" "correlation" {
  name              = "correlation"
  api_management_id = azurerm_api_management.main.id
  description       = "Propagates a correlation id to the backend and back to the caller"
  format            = "xml"
  value             = file("${path.module}/policies/policy fragments/correlation/policy.xml")
}
