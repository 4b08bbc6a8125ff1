terraform {
  backend "azurerm" {
    resource_group_name  = "rg-tfstate"
    storage_account_name = "sttfstatecontoso"
    container_name       = "tfstate"
    key                  = "apim-edge-prod.tfstate"
    use_azuread_auth     = true
  }
}
