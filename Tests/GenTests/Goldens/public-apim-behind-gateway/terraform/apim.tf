resource "azurerm_api_management" "main" {
  #checkov:skip=CKV_AZURE_174: API Management rejects disabled public network access at creation and, without a private endpoint, afterwards
  #checkov:skip=CKV_AZURE_107: the manifest publishes API Management without a virtual network (seed 001, scenario 1); its global policy admits only the gateway
  name                 = "apim-tailspin-edge"
  resource_group_name  = azurerm_resource_group.main.name
  location             = azurerm_resource_group.main.location
  publisher_name       = "Tailspin Toys"
  publisher_email      = var.apim_publisher_email
  sku_name             = "${var.api_management_sku}_${var.api_management_units}"
  virtual_network_type = "None"

  hostname_configuration {
    proxy {
      host_name            = "api.tailspin.com"
      certificate          = filebase64(var.api_tailspin_com_pfx_path)
      certificate_password = var.gateway_cert_pfx_password
      default_ssl_binding  = true
    }
  }

  protocols {
    http2_enabled = true
  }

  security {
    # TLS 1.2 or newer only, on both sides, and no 3DES.
    frontend_ssl30_enabled     = false
    frontend_tls10_enabled     = false
    frontend_tls11_enabled     = false
    backend_ssl30_enabled      = false
    backend_tls10_enabled      = false
    backend_tls11_enabled      = false
    triple_des_ciphers_enabled = false
  }

  tags = local.tags
}
