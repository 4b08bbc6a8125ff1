resource "azurerm_application_gateway" "main" {
  #checkov:skip=CKV_AZURE_218: the manifest chooses the predefined TLS policy AppGwSslPolicy20170401S (minimum TLSv1_2) on purpose
  name                = "apim-app-gw"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  http2_enabled       = true
  firewall_policy_id  = azurerm_web_application_firewall_policy.gateway.id

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gatewayIP01"
    subnet_id = azurerm_subnet.gateway.id
  }

  frontend_ip_configuration {
    name                 = "frontend1"
    public_ip_address_id = azurerm_public_ip.gateway.id
  }

  frontend_port {
    name = "port01"
    port = 443
  }

  ssl_certificate {
    name     = "gatewaycert"
    data     = filebase64(var.gateway_pfx_path)
    password = var.gateway_cert_pfx_password
  }

  ssl_certificate {
    name     = "portalcert"
    data     = filebase64(var.portal_pfx_path)
    password = var.portal_cert_pfx_password
  }

  ssl_certificate {
    name     = "managementcert"
    data     = filebase64(var.management_pfx_path)
    password = var.management_cert_pfx_password
  }

  trusted_root_certificate {
    name = "whitelistcert1"
    data = filebase64(var.trustedroot_cer_path)
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20170401S"
  }

  http_listener {
    name                           = "gatewaylistener"
    frontend_ip_configuration_name = "frontend1"
    frontend_port_name             = "port01"
    protocol                       = "Https"
    host_name                      = "api.contoso.net"
    require_sni                    = true
    ssl_certificate_name           = "gatewaycert"
  }

  http_listener {
    name                           = "portallistener"
    frontend_ip_configuration_name = "frontend1"
    frontend_port_name             = "port01"
    protocol                       = "Https"
    host_name                      = "portal.contoso.net"
    require_sni                    = true
    ssl_certificate_name           = "portalcert"
    firewall_policy_id             = azurerm_web_application_firewall_policy.apim_app_gw_portal.id
  }

  http_listener {
    name                           = "managementlistener"
    frontend_ip_configuration_name = "frontend1"
    frontend_port_name             = "port01"
    protocol                       = "Https"
    host_name                      = "management.contoso.net"
    require_sni                    = true
    ssl_certificate_name           = "managementcert"
  }

  probe {
    name                = "apimgatewayprobe"
    protocol            = "Https"
    host                = "api.contoso.net"
    path                = "/status-0123456789abcdef"
    interval            = 30
    timeout             = 30
    unhealthy_threshold = 8

    match {
      status_code = ["200-399"]
    }
  }

  probe {
    name                = "apimportalprobe"
    protocol            = "Https"
    host                = "portal.contoso.net"
    path                = "/signin"
    interval            = 60
    timeout             = 60
    unhealthy_threshold = 8

    match {
      status_code = ["200-399"]
    }
  }

  probe {
    name                = "apimmanagementprobe"
    protocol            = "Https"
    host                = "management.contoso.net"
    path                = "/ServiceStatus"
    interval            = 60
    timeout             = 60
    unhealthy_threshold = 8

    match {
      status_code = ["200-399"]
    }
  }

  backend_http_settings {
    name                                = "apimPoolGatewaySetting"
    port                                = 443
    protocol                            = "Https"
    cookie_based_affinity               = "Disabled"
    request_timeout                     = 180
    pick_host_name_from_backend_address = true
    probe_name                          = "apimgatewayprobe"
    trusted_root_certificate_names      = ["whitelistcert1"]
  }

  backend_http_settings {
    name                                = "apimPoolPortalSetting"
    port                                = 443
    protocol                            = "Https"
    cookie_based_affinity               = "Disabled"
    request_timeout                     = 180
    pick_host_name_from_backend_address = true
    probe_name                          = "apimportalprobe"
    trusted_root_certificate_names      = ["whitelistcert1"]
  }

  backend_http_settings {
    name                                = "apimPoolManagementSetting"
    port                                = 443
    protocol                            = "Https"
    cookie_based_affinity               = "Disabled"
    request_timeout                     = 180
    pick_host_name_from_backend_address = true
    probe_name                          = "apimmanagementprobe"
    trusted_root_certificate_names      = ["whitelistcert1"]
  }

  backend_address_pool {
    name  = "gatewaybackend"
    fqdns = ["api.contoso.net"]
  }

  backend_address_pool {
    name  = "portalbackend"
    fqdns = ["portal.contoso.net"]
  }

  backend_address_pool {
    name  = "managementbackend"
    fqdns = ["management.contoso.net"]
  }

  request_routing_rule {
    name                       = "gatewayrule"
    priority                   = 100
    rule_type                  = "Basic"
    http_listener_name         = "gatewaylistener"
    backend_address_pool_name  = "gatewaybackend"
    backend_http_settings_name = "apimPoolGatewaySetting"
  }

  request_routing_rule {
    name                       = "portalrule"
    priority                   = 110
    rule_type                  = "Basic"
    http_listener_name         = "portallistener"
    backend_address_pool_name  = "portalbackend"
    backend_http_settings_name = "apimPoolPortalSetting"
  }

  request_routing_rule {
    name                       = "managementrule"
    priority                   = 120
    rule_type                  = "Basic"
    http_listener_name         = "managementlistener"
    backend_address_pool_name  = "managementbackend"
    backend_http_settings_name = "apimPoolManagementSetting"
  }

  # Wait until the backend's host resolves through its private A record and the private DNS zone is linked to the virtual network.
  depends_on = [
    azurerm_private_dns_a_record.api,
    azurerm_private_dns_zone_virtual_network_link.contoso_net,
    azurerm_private_dns_a_record.portal,
    azurerm_private_dns_a_record.management,
  ]
}
