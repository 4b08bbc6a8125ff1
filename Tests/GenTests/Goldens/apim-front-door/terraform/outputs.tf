output "resource_group_name" {
  description = "Resource group holding the deployment."
  value       = var.resource_group_name
}

output "apim_private_ip" {
  description = "Private IP address of API Management in the virtual network."
  value       = azurerm_api_management.main.private_ip_addresses[0]
}

output "apim_gateway_url" {
  description = "Default gateway URL of API Management."
  value       = azurerm_api_management.main.gateway_url
}

output "log_analytics_workspace_id" {
  description = "Resource ID of the Log Analytics workspace."
  value       = azurerm_log_analytics_workspace.main.id
}
