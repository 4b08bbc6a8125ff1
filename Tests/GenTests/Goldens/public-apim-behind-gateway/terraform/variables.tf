variable "resource_group_name" {
  description = "Name of the resource group that holds every resource of the deployment."
  type        = string
  default     = "rg-tailspin-api-edge"

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
  default     = "api-owners@tailspin.com"

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.apim_publisher_email))
    error_message = "The publisher e-mail must be an e-mail address."
  }
}

variable "api_tailspin_com_pfx_path" {
  description = "Path to the PFX file (certificate with private key), relative to the working directory."
  type        = string
  default     = "certificates/api-tailspin-com.pfx"
}

variable "gateway_cert_pfx_password" {
  description = "Password of the PFX file for api.tailspin.com. Set it with TF_VAR_gateway_cert_pfx_password; never commit it."
  type        = string
  sensitive   = true
}
