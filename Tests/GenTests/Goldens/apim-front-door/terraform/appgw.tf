resource "azurerm_application_gateway" "main" {
  name                = "agw-northwind-internal"
  resource_group_name = var.resource_group_name
  location            = var.location
  zones               = ["1", "2", "3"]
  http2_enabled       = true
  firewall_policy_id  = azurerm_web_application_firewall_policy.gateway.id

  sku {
    name = "WAF_v2"
    tier = "WAF_v2"
  }

  autoscale_configuration {
    min_capacity = 2
    max_capacity = 4
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.northwind_gateway.id]
  }

  gateway_ip_configuration {
    name      = "gatewayIP01"
    subnet_id = azurerm_subnet.gateway.id
  }

  frontend_ip_configuration {
    name                          = "privatefrontend"
    subnet_id                     = azurerm_subnet.gateway.id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.60.0.10"
  }

  frontend_port {
    name = "port01"
    port = 443
  }

  ssl_certificate {
    name                = "backends-internal"
    key_vault_secret_id = "https://kv-northwind-apis.vault.azure.net/secrets/backends-internal-northwind-com"
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20220101S"
  }

  http_listener {
    name                           = "backends-https"
    frontend_ip_configuration_name = "privatefrontend"
    frontend_port_name             = "port01"
    protocol                       = "Https"
    host_name                      = "backends.internal.northwind.com"
    require_sni                    = true
    ssl_certificate_name           = "backends-internal"
  }

  probe {
    name                = "orders-health"
    protocol            = "Https"
    host                = "orders.internal.northwind.com"
    path                = "/health"
    interval            = 30
    timeout             = 30
    unhealthy_threshold = 3

    match {
      status_code = ["200-399"]
    }
  }

  probe {
    name                = "invoices-health"
    protocol            = "Https"
    host                = "invoices.internal.northwind.com"
    path                = "/health"
    interval            = 30
    timeout             = 30
    unhealthy_threshold = 3

    match {
      status_code = ["200-399"]
    }
  }

  backend_http_settings {
    name                  = "orders-https"
    port                  = 443
    protocol              = "Https"
    cookie_based_affinity = "Disabled"
    request_timeout       = 30
    host_name             = "orders.internal.northwind.com"
    probe_name            = "orders-health"
  }

  backend_http_settings {
    name                  = "invoices-https"
    port                  = 443
    protocol              = "Https"
    cookie_based_affinity = "Disabled"
    request_timeout       = 30
    host_name             = "invoices.internal.northwind.com"
    probe_name            = "invoices-health"
  }

  backend_address_pool {
    name         = "orders-vms"
    ip_addresses = ["10.60.2.10", "10.60.2.11"]
  }

  backend_address_pool {
    name  = "invoices-app"
    fqdns = ["invoices.internal.northwind.com"]
  }

  backend_address_pool {
    name = "no-route"
    # Intentionally empty: unpublished paths end here.
  }

  url_path_map {
    name                               = "backends-paths"
    default_backend_address_pool_name  = "no-route"
    default_backend_http_settings_name = "orders-https"

    path_rule {
      name                       = "orders"
      paths                      = ["/orders", "/orders/*"]
      backend_address_pool_name  = "orders-vms"
      backend_http_settings_name = "orders-https"
    }

    path_rule {
      name                       = "invoices"
      paths                      = ["/invoices", "/invoices/*"]
      backend_address_pool_name  = "invoices-app"
      backend_http_settings_name = "invoices-https"
    }
  }

  request_routing_rule {
    name               = "backends-rule"
    priority           = 100
    rule_type          = "PathBasedRouting"
    http_listener_name = "backends-https"
    url_path_map_name  = "backends-paths"
  }

  tags = local.tags

  # Wait until the identity can read Key Vault, the private endpoint and its DNS zone group exist, the private DNS zone is linked to the virtual network and the backend's host resolves through its private A record.
  depends_on = [
    azurerm_role_assignment.northwind_gateway_secrets_user,
    azurerm_private_endpoint.key_vault,
    azurerm_private_dns_zone_virtual_network_link.privatelink_vaultcore_azure_net,
    azurerm_private_dns_a_record.invoices,
    azurerm_private_dns_zone_virtual_network_link.internal_northwind_com,
  ]
}
