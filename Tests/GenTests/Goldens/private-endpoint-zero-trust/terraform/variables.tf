variable "resource_group_name" {
  description = "Name of the resource group that holds every resource of the deployment."
  type        = string
  default     = "rg-wingtip-api"

  validation {
    condition     = can(regex("^[-\\w\\.\\(\\)]{0,89}[-\\w\\(\\)]$", var.resource_group_name))
    error_message = "Resource group names have 1-90 letters, digits, '-', '_', '.', '(' or ')' and do not end with '.'."
  }
}

variable "location" {
  description = "Azure region, as its programmatic name (westeurope, westus)."
  type        = string
  default     = "westeurope"

  validation {
    condition     = can(regex("^[a-z0-9]+$", var.location))
    error_message = "Use the region's programmatic name: lowercase letters and digits, such as westeurope."
  }
}

variable "apim_publisher_email" {
  description = "E-mail address of the API Management publisher; receives system notifications."
  type        = string
  default     = "platform@wingtip.com"

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.apim_publisher_email))
    error_message = "The publisher e-mail must be an e-mail address."
  }
}

variable "api_management_name" {
  description = "Name of the API Management service; unique across Azure (<name>.azure-api.net)."
  type        = string
  default     = "apim-wingtip-zt"

  validation {
    condition     = can(regex("^[A-Za-z][A-Za-z0-9-]{0,48}[A-Za-z0-9]$", var.api_management_name))
    error_message = "API Management names have 1-50 letters, digits and '-', start with a letter and end with a letter or digit."
  }
}

variable "gateway_default_host_name" {
  description = "The gateway endpoint's own host name, <service>.azure-api.net, which the gateway's backend pool targets."
  type        = string
  default     = "apim-wingtip-zt.azure-api.net"
}

variable "api_management_private_endpoint_name" {
  description = "Name of API Management's private endpoint."
  type        = string
  default     = "pe-apim-wingtip-zt"
}

variable "api_management_sku" {
  description = "Pricing tier of API Management."
  type        = string
  default     = "Premium"

  validation {
    condition = contains(
      ["Developer", "Basic", "Standard", "Premium", "StandardV2", "PremiumV2"],
      var.api_management_sku,
    )
    error_message = "The tier must be one of Developer, Basic, Standard, Premium, StandardV2, PremiumV2."
  }
}

variable "api_management_units" {
  description = "Scale units of API Management."
  type        = number
  default     = 2

  validation {
    condition     = var.api_management_units >= 1 && floor(var.api_management_units) == var.api_management_units
    error_message = "API Management runs at least one whole unit."
  }
}

variable "api_management_zones" {
  description = "Availability zones of API Management; empty for none."
  type        = list(number)
  default     = [1, 2]

  validation {
    condition     = alltrue([for zone in var.api_management_zones : contains([1, 2, 3], zone)])
    error_message = "Availability zones are 1, 2 and 3."
  }
}

variable "application_gateway_min_capacity" {
  description = "Fewest instances the Application Gateway autoscales to."
  type        = number
  default     = 2

  validation {
    condition     = var.application_gateway_min_capacity >= 0 && var.application_gateway_min_capacity <= 100
    error_message = "The autoscale minimum is 0 to 100."
  }
}

variable "application_gateway_max_capacity" {
  description = "Most instances the Application Gateway autoscales to."
  type        = number
  default     = 10

  validation {
    condition     = var.application_gateway_max_capacity >= 2 && var.application_gateway_max_capacity <= 125
    error_message = "The autoscale maximum is 2 to 125."
  }
}

variable "application_gateway_zones" {
  description = "Availability zones of the Application Gateway; empty for none."
  type        = list(number)
  default     = [1, 2, 3]

  validation {
    condition     = alltrue([for zone in var.application_gateway_zones : contains([1, 2, 3], zone)])
    error_message = "Availability zones are 1, 2 and 3."
  }
}

variable "waf_mode" {
  description = "Mode of the gateway's web application firewall: Prevention blocks, Detection only logs."
  type        = string
  default     = "Prevention"

  validation {
    condition     = contains(["Detection", "Prevention"], var.waf_mode)
    error_message = "The WAF mode is Detection or Prevention."
  }
}

variable "gateway_host_name" {
  description = "Host name of the API Management gateway endpoint."
  type        = string
  default     = "api.wingtip.com"

  validation {
    condition = can(regex(
      "^([A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?$",
      var.gateway_host_name,
    ))
    error_message = "The host name must be a fully qualified domain name."
  }
}

variable "gateway_certificate_path" {
  description = "Path to the PFX file (certificate with private key) of the gateway host name, relative to this folder (where terraform runs)."
  type        = string
  default     = "../../certificates/api-wingtip-com.pfx"
}

variable "named_value_orders_backend_url" {
  description = "Value of the API Management named value orders-backend-url."
  type        = string
  default     = "https://orders.wingtip.com/api"
}

variable "named_value_cors_origin" {
  description = "Value of the API Management named value cors-origin."
  type        = string
  default     = "https://shop.wingtip.com"
}

variable "api_cert_pfx_password" {
  description = "Password of the PFX file for api.wingtip.com. Set it with TF_VAR_api_cert_pfx_password; never commit it."
  type        = string
  sensitive   = true
}
