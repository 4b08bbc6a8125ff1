output "resource_group_name" {
  description = "Resource group holding the deployment."
  value       = azurerm_resource_group.main.name
}

output "application_gateway_public_ip" {
  description = "Public IP address of the Application Gateway."
  value       = azurerm_public_ip.gateway.ip_address
}

output "public_a_records" {
  description = "A records to create in the public DNS zones (the public IP has no DNS label to CNAME to): host name → address."
  value = {
    "api.contoso.net"        = azurerm_public_ip.gateway.ip_address
    "portal.contoso.net"     = azurerm_public_ip.gateway.ip_address
    "management.contoso.net" = azurerm_public_ip.gateway.ip_address
  }
}

output "apim_private_ip" {
  description = "Private IP address of API Management in the virtual network."
  value       = azurerm_api_management.main.private_ip_addresses[0]
}

output "apim_gateway_url" {
  description = "Default gateway URL of API Management."
  value       = azurerm_api_management.main.gateway_url
}

output "apim_hostnames" {
  description = "Custom host names of the API Management endpoints."
  value = {
    proxy            = "api.contoso.net"
    developer_portal = "portal.contoso.net"
    management       = "management.contoso.net"
  }
}
