resource "azurerm_api_management" "main" {
  #checkov:skip=CKV_AZURE_174: API Management rejects disabled public network access at creation and, without a private endpoint, afterwards
  name                 = "apim-northwind"
  resource_group_name  = azurerm_resource_group.main.name
  location             = azurerm_resource_group.main.location
  publisher_name       = "Northwind Traders"
  publisher_email      = var.apim_publisher_email
  sku_name             = "Premium_2"
  zones                = ["1", "2"]
  virtual_network_type = "External"

  virtual_network_configuration {
    subnet_id = azurerm_subnet.apim.id
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

  # The subnet's NSG must be in place before the service joins the network.
  depends_on = [azurerm_subnet_network_security_group_association.apim]
}
