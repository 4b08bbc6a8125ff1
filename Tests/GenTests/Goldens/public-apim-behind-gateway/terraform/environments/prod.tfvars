# Environment prod (production): the values that differ from the other environments.
# terraform init -reconfigure -backend-config=environments/prod.backend.hcl
# terraform plan -var-file=environments/prod.tfvars

api_management_sku               = "Standard"
application_gateway_min_capacity = 2
application_gateway_max_capacity = 6
waf_mode                         = "Prevention"
api_management_units             = 2

# Sensitive, set in the environment (this environment's values):
#   export TF_VAR_gateway_cert_pfx_password=…
