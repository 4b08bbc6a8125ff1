resource "azurerm_application_gateway" "main" {
  #checkov:skip=CKV_AZURE_217: the HTTP listeners (gatewayhttplistener) only redirect to HTTPS
  name                = "agw-wingtip-api"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  zones               = [for zone in var.application_gateway_zones : tostring(zone)]
  http2_enabled       = true
  firewall_policy_id  = azurerm_web_application_firewall_policy.gateway.id

  sku {
    name = "WAF_v2"
    tier = "WAF_v2"
  }

  autoscale_configuration {
    min_capacity = var.application_gateway_min_capacity
    max_capacity = var.application_gateway_max_capacity
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
    name = "port80"
    port = 80
  }

  frontend_port {
    name = "port01"
    port = 443
  }

  ssl_certificate {
    name     = "gatewaycert"
    data     = filebase64(var.gateway_certificate_path)
    password = var.api_cert_pfx_password
  }

  ssl_policy {
    policy_type          = "CustomV2"
    min_protocol_version = "TLSv1_2"
    cipher_suites = [
      "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
      "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    ]
  }

  http_listener {
    name                           = "gatewaylistener"
    frontend_ip_configuration_name = "frontend1"
    frontend_port_name             = "port01"
    protocol                       = "Https"
    host_name                      = var.gateway_host_name
    require_sni                    = true
    ssl_certificate_name           = "gatewaycert"
  }

  http_listener {
    name                           = "gatewayhttplistener"
    frontend_ip_configuration_name = "frontend1"
    frontend_port_name             = "port80"
    protocol                       = "Http"
    host_name                      = var.gateway_host_name
  }

  probe {
    name                = "apimgatewayprobe"
    protocol            = "Https"
    host                = var.gateway_host_name
    path                = "/status-0123456789abcdef"
    interval            = 30
    timeout             = 30
    unhealthy_threshold = 8

    match {
      status_code = ["200-399"]
    }
  }

  backend_http_settings {
    name                  = "apimPoolGatewaySetting"
    port                  = 443
    protocol              = "Https"
    cookie_based_affinity = "Disabled"
    request_timeout       = 180
    host_name             = var.gateway_host_name
    probe_name            = "apimgatewayprobe"
  }

  backend_address_pool {
    name  = "gatewaybackend"
    fqdns = [var.gateway_default_host_name]
  }

  backend_address_pool {
    name = "gatewaydeadend"
    # Intentionally empty: unpublished paths end here.
  }

  url_path_map {
    name                               = "gatewaypathmap"
    default_backend_address_pool_name  = "gatewaydeadend"
    default_backend_http_settings_name = "apimPoolGatewaySetting"

    path_rule {
      name                       = "gatewaypublished"
      paths                      = ["/orders/*"]
      backend_address_pool_name  = "gatewaybackend"
      backend_http_settings_name = "apimPoolGatewaySetting"
    }
  }

  redirect_configuration {
    name                 = "gatewayhttpsredirect"
    redirect_type        = "Permanent"
    target_listener_name = "gatewaylistener"
    include_path         = true
    include_query_string = true
  }

  request_routing_rule {
    name               = "gatewayrule"
    priority           = 100
    rule_type          = "PathBasedRouting"
    http_listener_name = "gatewaylistener"
    url_path_map_name  = "gatewaypathmap"
  }

  request_routing_rule {
    name                        = "gatewayhttprule"
    priority                    = 110
    rule_type                   = "Basic"
    http_listener_name          = "gatewayhttplistener"
    redirect_configuration_name = "gatewayhttpsredirect"
  }

  tags = local.tags

  # Wait until the private endpoint and its DNS zone group exist and the private DNS zone is linked to the virtual network.
  depends_on = [
    azurerm_private_endpoint.api_management,
    azurerm_private_dns_zone_virtual_network_link.privatelink_azure_api_net,
  ]
}
