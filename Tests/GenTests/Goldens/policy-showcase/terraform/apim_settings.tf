resource "azurerm_api_management_named_value" "tenant_id" {
  name                = "tenant-id"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "tenant-id"
  value               = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_api_management_named_value" "catalog_audience" {
  name                = "catalog-audience"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "catalog-audience"
  value               = "api://fabrikam-catalog"
}

resource "azurerm_api_management_named_value" "catalog_backend_key" {
  name                = "catalog-backend-key"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "catalog-backend-key"
  secret              = true

  value_from_key_vault {
    secret_id = "https://kv-fabrikam-apis.vault.azure.net/secrets/catalog-backend-key"
  }

  # API Management reads the secret with the identity as soon as the named value exists.
  depends_on = [azurerm_role_assignment.apim_system_secrets_user]
}

resource "azurerm_api_management_named_value" "appinsights_connection_string" {
  name                = "appinsights-connection-string"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  display_name        = "appinsights-connection-string"
  secret              = true

  value_from_key_vault {
    secret_id = "https://kv-fabrikam-apis.vault.azure.net/secrets/appinsights-connection-string"
  }

  # API Management reads the secret with the identity as soon as the named value exists.
  depends_on = [azurerm_role_assignment.apim_system_secrets_user]
}

resource "azurerm_api_management_certificate" "billing_client" {
  name                = "billing-client"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  key_vault_secret_id = "https://kv-fabrikam-apis.vault.azure.net/secrets/billing-client"

  # API Management reads the certificate with the identity as soon as the certificate exists.
  depends_on = [azurerm_role_assignment.apim_system_secrets_user]
}

resource "azurerm_api_management_backend" "catalog_backend" {
  name                = "catalog-backend"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  protocol            = "http"
  url                 = "https://catalog.internal.fabrikam.com/api"
  description         = "Catalog service (AKS, internal load balancer)"

  credentials {
    header = {
      "x-functions-key" = "{{catalog-backend-key}}"
    }
  }

  tls {
    validate_certificate_chain = true
    validate_certificate_name  = true
  }

  # The credentials name these named values only inside their text.
  depends_on = [azurerm_api_management_named_value.catalog_backend_key]
}

resource "azurerm_api_management_backend" "billing_backend" {
  name                = "billing-backend"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name
  protocol            = "soap"
  url                 = "https://billing.internal.fabrikam.com/soap"

  tls {
    validate_certificate_chain = true
    validate_certificate_name  = true
  }
}

resource "azurerm_api_management_logger" "appinsights" {
  name                = "appinsights"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name

  # Application Insights component appi-fabrikam-apis; the connection string stays in a secret named value.
  application_insights {
    connection_string = "{{appinsights-connection-string}}"
  }

  # The connection string names these named values only inside its text.
  depends_on = [azurerm_api_management_named_value.appinsights_connection_string]
}

resource "azurerm_api_management_logger" "audit_hub" {
  name                = "audit-hub"
  resource_group_name = var.resource_group_name
  api_management_name = azurerm_api_management.main.name

  # Sends with the identity id-fabrikam-apim (Azure Event Hubs Data Sender on the hub), no connection string.
  eventhub {
    name                             = "apim-audit"
    endpoint_uri                     = "evhns-fabrikam-audit.servicebus.windows.net"
    user_assigned_identity_client_id = azurerm_user_assigned_identity.fabrikam_apim.client_id
  }
}

resource "azurerm_api_management_diagnostic" "appinsights" {
  identifier               = "applicationinsights"
  resource_group_name      = var.resource_group_name
  api_management_name      = azurerm_api_management.main.name
  api_management_logger_id = azurerm_api_management_logger.appinsights.id
  sampling_percentage      = 25
  always_log_errors        = true
  log_client_ip            = true
  verbosity                = "information"
}

resource "azurerm_api_management_diagnostic" "azuremonitor" {
  identifier               = "azuremonitor"
  resource_group_name      = var.resource_group_name
  api_management_name      = azurerm_api_management.main.name
  api_management_logger_id = "${azurerm_api_management.main.id}/loggers/azuremonitor"
  sampling_percentage      = 100
  always_log_errors        = true
  log_client_ip            = true
  verbosity                = "information"
}
