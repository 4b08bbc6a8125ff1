variable "resource_group_name" {
  description = "Name of the resource group that holds every resource of the deployment."
  type        = string
  default     = "rg-fabrikam-apis"

  validation {
    condition     = can(regex("^[-\\w\\.\\(\\)]{0,89}[-\\w\\(\\)]$", var.resource_group_name))
    error_message = "Resource group names have 1-90 letters, digits, '-', '_', '.', '(' or ')' and do not end with '.'."
  }
}

variable "location" {
  description = "Azure region, as its programmatic name (westeurope, westus)."
  type        = string
  default     = "northeurope"

  validation {
    condition     = can(regex("^[a-z0-9]+$", var.location))
    error_message = "Use the region's programmatic name: lowercase letters and digits, such as westeurope."
  }
}

variable "apim_publisher_email" {
  description = "E-mail address of the API Management publisher; receives system notifications."
  type        = string
  default     = "api-team@fabrikam.com"

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.apim_publisher_email))
    error_message = "The publisher e-mail must be an e-mail address."
  }
}

variable "catalog_v1_definition_path" {
  description = "Path to the openapi definition the API catalog-v1 is imported from (apis/catalog.openapi.yaml next to the manifest), relative to this folder."
  type        = string
  default     = "../../apis/catalog.openapi.yaml"
}

variable "billing_soap_definition_path" {
  description = "Path to the wsdl definition the API billing-soap is imported from (apis/billing.wsdl next to the manifest), relative to this folder."
  type        = string
  default     = "../../apis/billing.wsdl"
}

variable "key_vault_resource_group_name" {
  description = "Resource group of the existing Key Vault kv-fabrikam-apis."
  type        = string
  default     = "rg-fabrikam-apis"
}
