variable "resource_group_name" {
  description = "Name of the resource group that holds every resource of the deployment."
  type        = string
  default     = "apim-appGw-RG"

  validation {
    condition     = can(regex("^[-\\w\\.\\(\\)]{0,89}[-\\w\\(\\)]$", var.resource_group_name))
    error_message = "Resource group names have 1-90 letters, digits, '-', '_', '.', '(' or ')' and do not end with '.'."
  }
}

variable "location" {
  description = "Azure region, as its programmatic name (westeurope, westus)."
  type        = string
  default     = "westus"

  validation {
    condition     = can(regex("^[a-z0-9]+$", var.location))
    error_message = "Use the region's programmatic name: lowercase letters and digits, such as westeurope."
  }
}

variable "apim_publisher_email" {
  description = "E-mail address of the API Management publisher; receives system notifications."
  type        = string
  default     = "admin@contoso.net"

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.apim_publisher_email))
    error_message = "The publisher e-mail must be an e-mail address."
  }
}

variable "gateway_pfx_path" {
  description = "Path to the PFX file (certificate with private key) certificates/gateway.pfx, relative to this folder (where terraform runs)."
  type        = string
  default     = "../../certificates/gateway.pfx"
}

variable "portal_pfx_path" {
  description = "Path to the PFX file (certificate with private key) certificates/portal.pfx, relative to this folder (where terraform runs)."
  type        = string
  default     = "../../certificates/portal.pfx"
}

variable "management_pfx_path" {
  description = "Path to the PFX file (certificate with private key) certificates/management.pfx, relative to this folder (where terraform runs)."
  type        = string
  default     = "../../certificates/management.pfx"
}

variable "trustedroot_cer_path" {
  description = "Path to the CER file (trusted root certificate) certificates/trustedroot.cer, relative to this folder (where terraform runs)."
  type        = string
  default     = "../../certificates/trustedroot.cer"
}

variable "gateway_cert_pfx_password" {
  description = "Password of the PFX file for api.contoso.net. Set it with TF_VAR_gateway_cert_pfx_password; never commit it."
  type        = string
  sensitive   = true
}

variable "portal_cert_pfx_password" {
  description = "Password of the PFX file for portal.contoso.net. Set it with TF_VAR_portal_cert_pfx_password; never commit it."
  type        = string
  sensitive   = true
}

variable "management_cert_pfx_password" {
  description = "Password of the PFX file for management.contoso.net. Set it with TF_VAR_management_cert_pfx_password; never commit it."
  type        = string
  sensitive   = true
}
