terraform {
  backend "azurerm" {
    # Partial configuration: each environment keeps its own state, named in environments/<environment>.backend.hcl:
    # terraform init -backend-config=environments/<environment>.backend.hcl
    use_azuread_auth = true
  }
}
