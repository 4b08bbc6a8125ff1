locals {
  tags = {
    workload = "apis"
  }
}

# The resource group is not created here: the Key Vault bootstrap (powershell/bootstrap-keyvault.ps1)
# created it with the vault before the first apply, and Terraform cannot create a group that exists.
