resource "azurerm_api_management" "main" {
  #checkov:skip=CKV_AZURE_174: API Management rejects disabled public network access at creation and, without a private endpoint, afterwards
  #checkov:skip=CKV_AZURE_107: the manifest publishes API Management without a virtual network (seed 001, scenario 1); its global policy admits only the gateway
  name                 = var.api_management_name
  resource_group_name  = azurerm_resource_group.main.name
  location             = azurerm_resource_group.main.location
  publisher_name       = "Tailspin Toys"
  publisher_email      = var.apim_publisher_email
  sku_name             = "${var.api_management_sku}_${var.api_management_units}"
  min_api_version      = "2021-08-01"
  virtual_network_type = "None"

  hostname_configuration {
    proxy {
      host_name            = var.gateway_host_name
      certificate          = filebase64(var.gateway_certificate_path)
      certificate_password = var.gateway_cert_pfx_password
      default_ssl_binding  = true
    }
  }

  protocols {
    http2_enabled = true
  }

  security {
    # TLS 1.2 or newer only, on both sides; no 3DES, CBC or RSA key exchange cipher suites.
    frontend_ssl30_enabled                              = false
    frontend_tls10_enabled                              = false
    frontend_tls11_enabled                              = false
    backend_ssl30_enabled                               = false
    backend_tls10_enabled                               = false
    backend_tls11_enabled                               = false
    triple_des_ciphers_enabled                          = false
    tls_ecdhe_ecdsa_with_aes256_cbc_sha_ciphers_enabled = false
    tls_ecdhe_ecdsa_with_aes128_cbc_sha_ciphers_enabled = false
    tls_ecdhe_rsa_with_aes256_cbc_sha_ciphers_enabled   = false
    tls_ecdhe_rsa_with_aes128_cbc_sha_ciphers_enabled   = false
    tls_rsa_with_aes128_gcm_sha256_ciphers_enabled      = false
    tls_rsa_with_aes256_gcm_sha384_ciphers_enabled      = false
    tls_rsa_with_aes256_cbc_sha256_ciphers_enabled      = false
    tls_rsa_with_aes128_cbc_sha256_ciphers_enabled      = false
    tls_rsa_with_aes256_cbc_sha_ciphers_enabled         = false
    tls_rsa_with_aes128_cbc_sha_ciphers_enabled         = false
  }

  sign_up {
    # Developer portal accounts are invited: nobody signs up on their own.
    enabled = false

    terms_of_service {
      enabled          = false
      consent_required = false
    }
  }

  tags = local.tags
}
