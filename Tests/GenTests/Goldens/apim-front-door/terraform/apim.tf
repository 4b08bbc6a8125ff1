resource "azurerm_api_management" "main" {
  #checkov:skip=CKV_AZURE_174: API Management rejects disabled public network access at creation and, without a private endpoint, afterwards
  name                 = "apim-northwind"
  resource_group_name  = var.resource_group_name
  location             = var.location
  publisher_name       = "Northwind Traders"
  publisher_email      = var.apim_publisher_email
  sku_name             = "Premium_2"
  min_api_version      = "2021-08-01"
  zones                = ["1", "2"]
  virtual_network_type = "External"

  virtual_network_configuration {
    subnet_id = azurerm_subnet.apim.id
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

  # The subnet's NSG must be in place before the service joins the network.
  depends_on = [azurerm_subnet_network_security_group_association.apim]
}
