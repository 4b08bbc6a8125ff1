resource "azurerm_api_management" "main" {
  #checkov:skip=CKV_AZURE_174: API Management rejects disabled public network access at creation and, without a private endpoint, afterwards; in Internal mode the gateway has no public endpoint anyway
  name                 = "apim-fabrikam-prod"
  resource_group_name  = var.resource_group_name
  location             = var.location
  publisher_name       = "Fabrikam"
  publisher_email      = var.apim_publisher_email
  sku_name             = "Premium_2"
  min_api_version      = "2021-08-01"
  zones                = ["1", "2"]
  virtual_network_type = "Internal"

  virtual_network_configuration {
    subnet_id = azurerm_subnet.apim.id
  }

  identity {
    type         = "SystemAssigned, UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.fabrikam_apim.id]
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

  # The subnet's NSG must be in place before the service joins the network; wait until the identity can read Key Vault, the private endpoint and its DNS zone group exist and the private DNS zone is linked to the virtual network.
  depends_on = [
    azurerm_subnet_network_security_group_association.apim,
    azurerm_role_assignment.fabrikam_apim_secrets_user,
    azurerm_private_endpoint.key_vault,
    azurerm_private_dns_zone_virtual_network_link.privatelink_vaultcore_azure_net,
  ]
}

resource "azurerm_api_management_custom_domain" "main" {
  api_management_id = azurerm_api_management.main.id

  gateway {
    host_name                = "api.fabrikam.com"
    key_vault_certificate_id = "https://kv-fabrikam-apis.vault.azure.net/secrets/api-fabrikam-com"
    default_ssl_binding      = true
  }

  # The service reads the certificates with its system-assigned identity, which exists only once the service does; wait until the identity can read Key Vault, the private endpoint and its DNS zone group exist and the private DNS zone is linked to the virtual network.
  depends_on = [
    azurerm_role_assignment.apim_system_secrets_user,
    azurerm_role_assignment.fabrikam_apim_secrets_user,
    azurerm_private_endpoint.key_vault,
    azurerm_private_dns_zone_virtual_network_link.privatelink_vaultcore_azure_net,
  ]
}
