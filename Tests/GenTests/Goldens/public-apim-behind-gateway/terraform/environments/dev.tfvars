# Environment dev: the values that differ from the other environments.
# terraform init -reconfigure -backend-config=environments/dev.backend.hcl
# terraform plan -var-file=environments/dev.tfvars

api_management_sku               = "Developer"
application_gateway_min_capacity = 0
application_gateway_max_capacity = 2
waf_mode                         = "Detection"
api_management_units             = 1

# Sensitive, set in the environment (this environment's values):
#   export TF_VAR_gateway_cert_pfx_password=…
