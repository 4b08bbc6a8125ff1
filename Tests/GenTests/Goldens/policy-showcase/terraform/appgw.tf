resource "azurerm_application_gateway" "main" {
  #checkov:skip=CKV_AZURE_217: the HTTP listeners (gatewayhttplistener) only redirect to HTTPS
  name                = "agw-fabrikam-apis"
  resource_group_name = var.resource_group_name
  location            = var.location
  zones               = ["1", "2"]
  http2_enabled       = true
  firewall_policy_id  = azurerm_web_application_firewall_policy.gateway.id

  sku {
    name = "WAF_v2"
    tier = "WAF_v2"
  }

  autoscale_configuration {
    min_capacity = 2
    max_capacity = 6
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.fabrikam_apim.id]
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
    name                = "gatewaycert"
    key_vault_secret_id = "https://kv-fabrikam-apis.vault.azure.net/secrets/api-fabrikam-com"
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
    host_name                      = "api.fabrikam.com"
    require_sni                    = true
    ssl_certificate_name           = "gatewaycert"
  }

  http_listener {
    name                           = "gatewayhttplistener"
    frontend_ip_configuration_name = "frontend1"
    frontend_port_name             = "port80"
    protocol                       = "Http"
    host_name                      = "api.fabrikam.com"
  }

  probe {
    name                = "apimgatewayprobe"
    protocol            = "Https"
    host                = "api.fabrikam.com"
    path                = "/status-0123456789abcdef"
    interval            = 30
    timeout             = 30
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
  }

  backend_address_pool {
    name  = "gatewaybackend"
    fqdns = ["api.fabrikam.com"]
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
      paths                      = ["/catalog/*"]
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

  # Wait until the identity can read Key Vault, the private endpoint and its DNS zone group exist, the private DNS zone is linked to the virtual network and the backend's host resolves through its private A record.
  depends_on = [
    azurerm_role_assignment.fabrikam_apim_secrets_user,
    azurerm_private_endpoint.key_vault,
    azurerm_private_dns_zone_virtual_network_link.privatelink_vaultcore_azure_net,
    azurerm_private_dns_a_record.api,
    azurerm_private_dns_zone_virtual_network_link.fabrikam_com,
  ]
}
