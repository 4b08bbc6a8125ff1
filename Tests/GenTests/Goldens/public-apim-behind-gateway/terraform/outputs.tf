output "resource_group_name" {
  description = "Resource group holding the deployment."
  value       = azurerm_resource_group.main.name
}

output "application_gateway_public_ip" {
  description = "Public IP address of the Application Gateway."
  value       = azurerm_public_ip.gateway.ip_address
}

output "application_gateway_fqdn" {
  description = "Azure DNS name of the Application Gateway's public IP."
  value       = azurerm_public_ip.gateway.fqdn
}

output "public_cname_records" {
  description = "CNAME records to create in the public DNS zones: host name → target."
  value       = zipmap([var.gateway_host_name], [azurerm_public_ip.gateway.fqdn])
}

output "apim_gateway_url" {
  description = "Default gateway URL of API Management."
  value       = azurerm_api_management.main.gateway_url
}

output "apim_hostnames" {
  description = "Custom host names of the API Management endpoints."
  value = {
    proxy = var.gateway_host_name
  }
}
