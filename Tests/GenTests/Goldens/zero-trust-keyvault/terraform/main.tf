locals {
  tags = {
    environment   = "prod"
    workload      = "api-edge"
    "cost-center" = "platform"
  }
}

resource "azurerm_resource_group" "main" {
  name     = var.resource_group_name
  location = var.location

  tags = local.tags
}
