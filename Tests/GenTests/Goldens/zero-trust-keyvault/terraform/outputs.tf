output "resource_group_name" {
  description = "Resource group holding the deployment."
  value       = var.resource_group_name
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
  value = {
    "api.contoso.com" = azurerm_public_ip.gateway.fqdn
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
    proxy            = "api.contoso.com"
    developer_portal = "developer.contoso.com"
    management       = "management.contoso.com"
  }
}

output "log_analytics_workspace_id" {
  description = "Resource ID of the Log Analytics workspace."
  value       = azurerm_log_analytics_workspace.main.id
}
