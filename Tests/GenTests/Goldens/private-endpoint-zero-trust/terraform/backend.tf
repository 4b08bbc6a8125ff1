terraform {
  backend "azurerm" {
    # Partial configuration: pass resource_group_name, storage_account_name, container_name and key
    # with terraform init -backend-config=KEY=VALUE (the pipeline does), or -backend=false to try it out.
    use_azuread_auth = true
  }
}
