resource "azurerm_private_dns_zone" "internal_northwind_com" {
  name                = "internal.northwind.com"
  resource_group_name = var.resource_group_name

  tags = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "internal_northwind_com" {
  name                  = "vnet-northwind-apis-link"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.internal_northwind_com.name
  virtual_network_id    = azurerm_virtual_network.main.id
  registration_enabled  = false

  tags = local.tags
}

resource "azurerm_private_dns_a_record" "backends" {
  name                = "backends"
  resource_group_name = var.resource_group_name
  zone_name           = azurerm_private_dns_zone.internal_northwind_com.name
  ttl                 = 3600
  records             = ["10.60.0.10"]

  tags = local.tags
}

resource "azurerm_private_dns_a_record" "invoices" {
  name                = "invoices"
  resource_group_name = var.resource_group_name
  zone_name           = azurerm_private_dns_zone.internal_northwind_com.name
  ttl                 = 3600
  records             = ["10.60.2.20"]

  tags = local.tags
}

resource "azurerm_private_dns_zone" "privatelink_vaultcore_azure_net" {
  name                = "privatelink.vaultcore.azure.net"
  resource_group_name = var.resource_group_name

  tags = local.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "privatelink_vaultcore_azure_net" {
  name                  = "vnet-northwind-apis-kv-link"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.privatelink_vaultcore_azure_net.name
  virtual_network_id    = azurerm_virtual_network.main.id
  registration_enabled  = false

  tags = local.tags
}
