# Environment dev: the values that differ from the other environments.
# terraform init -reconfigure -backend-config=environments/dev.backend.hcl
# terraform plan -var-file=environments/dev.tfvars

resource_group_name                 = "rg-tailspin-api-edge-dev"
api_management_name                 = "apim-tailspin-edge-dev"
gateway_default_host_name           = "apim-tailspin-edge-dev.azure-api.net"
pip_tailspin_edge_domain_name_label = "tailspin-api-edge-dev"
api_management_sku                  = "Developer"
application_gateway_min_capacity    = 0
application_gateway_max_capacity    = 2
waf_mode                            = "Detection"
gateway_host_name                   = "api.dev.tailspin.com"
gateway_certificate_path            = "../../certificates/api-dev-tailspin-com.pfx"
api_management_units                = 1

# Sensitive, set in the environment (this environment's values):
#   export TF_VAR_gateway_cert_pfx_password=…   # secret input gatewayCertPfxPassword
