resource "azurerm_api_management_api_version_set" "catalog" {
  name                = "catalog"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "Catalog"
  versioning_scheme   = "Segment"
}

resource "azurerm_api_management_api" "catalog_v1" {
  name                  = "catalog-v1"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  revision              = "1"
  display_name          = "Catalog"
  path                  = "catalog"
  protocols             = ["https"]
  service_url           = azurerm_api_management_backend.catalog_backend.url
  subscription_required = true
  version               = "v1"
  version_set_id        = azurerm_api_management_api_version_set.catalog.id

  # The definition brings the operations; the manifest's operations only add policies.
  import {
    content_format = "openapi"
    content_value  = file(var.catalog_v1_definition_path)
  }
}

resource "azurerm_api_management_api" "billing_soap" {
  name                  = "billing-soap"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  revision              = "1"
  display_name          = "Billing (SOAP)"
  path                  = "billing"
  protocols             = ["https"]
  api_type              = "soap"
  service_url           = azurerm_api_management_backend.billing_backend.url
  subscription_required = true

  # The definition brings the operations; the manifest's operations only add policies.
  import {
    content_format = "wsdl"
    content_value  = file(var.billing_soap_definition_path)
  }
}

resource "azurerm_api_management_api" "status" {
  name                  = "status"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  revision              = "1"
  display_name          = "Status"
  path                  = "status"
  protocols             = ["https"]
  service_url           = "https://status.internal.fabrikam.com"
  subscription_required = false
}

resource "azurerm_api_management_api_operation" "status_ping" {
  operation_id        = "ping"
  api_name            = azurerm_api_management_api.status.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "ping"
  method              = "GET"
  url_template        = "/ping"
}

resource "azurerm_api_management_api_operation" "status_dependencies" {
  operation_id        = "dependencies"
  api_name            = azurerm_api_management_api.status.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "dependencies"
  method              = "GET"
  url_template        = "/dependencies"
}

resource "azurerm_api_management_product" "standard" {
  product_id            = "standard"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  display_name          = "Standard"
  description           = "Catalog access for registered partners"
  subscription_required = true
  approval_required     = true
  subscriptions_limit   = 2
  published             = true
}

resource "azurerm_api_management_product_api" "standard_catalog_v1" {
  product_id          = azurerm_api_management_product.standard.product_id
  api_name            = azurerm_api_management_api.catalog_v1.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
}

resource "azurerm_api_management_product" "internal_tools" {
  product_id            = "internal-tools"
  resource_group_name   = var.resource_group_name
  api_management_name   = azurerm_api_management.main.name
  display_name          = "Internal tools"
  subscription_required = true
  approval_required     = false
  published             = true
}

resource "azurerm_api_management_product_api" "internal_tools_billing_soap" {
  product_id          = azurerm_api_management_product.internal_tools.product_id
  api_name            = azurerm_api_management_api.billing_soap.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
}

resource "azurerm_api_management_product_api" "internal_tools_status" {
  product_id          = azurerm_api_management_product.internal_tools.product_id
  api_name            = azurerm_api_management_api.status.name
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
}
