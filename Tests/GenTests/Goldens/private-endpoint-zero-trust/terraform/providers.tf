provider "azurerm" {
  # The subscription comes from ARM_SUBSCRIPTION_ID (or the Azure CLI context).

  features {
    resource_group {
      # Never delete a resource group that still holds resources Terraform does not manage.
      prevent_deletion_if_contains_resources = true
    }

    api_management {
      # Keep a destroyed service soft-deleted (recoverable) and recover it on re-create.
      purge_soft_delete_on_destroy = false
      recover_soft_deleted         = true
    }
  }
}
