# State of environment prod: terraform init -reconfigure -backend-config=environments/prod.backend.hcl
# The manifest names no RemoteState: uncomment and fill in the storage account that holds the state
# (or pass these with -backend-config=KEY=VALUE, as the pipeline does).
# resource_group_name  = "<resource group of the state storage account>"
# storage_account_name = "<state storage account>"
container_name = "tfstate"
key            = "prod/public-apim-behind-gateway.tfstate"
