# Environment prod (production): the values that differ from the other environments.
# terraform init -reconfigure -backend-config=environments/prod.backend.hcl
# terraform plan -var-file=environments/prod.tfvars

resource_group_name                 = "rg-tailspin-api-edge"
api_management_name                 = "apim-tailspin-edge"
gateway_default_host_name           = "apim-tailspin-edge.azure-api.net"
pip_tailspin_edge_domain_name_label = "tailspin-api-edge"
api_management_sku                  = "Standard"
application_gateway_min_capacity    = 2
application_gateway_max_capacity    = 6
waf_mode                            = "Prevention"
gateway_host_name                   = "api.tailspin.com"
gateway_certificate_path            = "../../certificates/api-tailspin-com.pfx"
api_management_units                = 2

# Sensitive, set in the environment (this environment's values):
#   export TF_VAR_gateway_cert_pfx_password=…   # secret input gatewayCertPfxPassword
