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
  value       = zipmap([var.gateway_host_name], [azurerm_public_ip.gateway.ip_address])
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

output "log_analytics_workspace_id" {
  description = "Resource ID of the Log Analytics workspace."
  value       = azurerm_log_analytics_workspace.main.id
}
