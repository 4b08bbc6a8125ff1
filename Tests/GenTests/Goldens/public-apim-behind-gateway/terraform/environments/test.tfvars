# Environment test: the values that differ from the other environments.
# terraform init -reconfigure -backend-config=environments/test.backend.hcl
# terraform plan -var-file=environments/test.tfvars

api_management_sku               = "Standard"
application_gateway_min_capacity = 1
application_gateway_max_capacity = 3
waf_mode                         = "Prevention"
api_management_units             = 1

# Sensitive, set in the environment (this environment's values):
#   export TF_VAR_gateway_cert_pfx_password=…
