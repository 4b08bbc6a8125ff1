# Environment dev: the values that differ from the other environments.
# terraform init -reconfigure -backend-config=environments/dev.backend.hcl
# terraform plan -var-file=environments/dev.tfvars

resource_group_name                  = "rg-wingtip-api-dev"
api_management_name                  = "apim-wingtip-zt-dev"
gateway_default_host_name            = "apim-wingtip-zt-dev.azure-api.net"
api_management_private_endpoint_name = "pe-apim-wingtip-zt-dev"
api_management_sku                   = "Developer"
api_management_units                 = 1
api_management_zones                 = []
application_gateway_min_capacity     = 0
application_gateway_max_capacity     = 2
application_gateway_zones            = []
waf_mode                             = "Detection"
gateway_host_name                    = "api.dev.wingtip.com"
gateway_certificate_path             = "../../certificates/api-dev-wingtip-com.pfx"
named_value_orders_backend_url       = "https://orders.dev.wingtip.com/api"
named_value_cors_origin              = "https://shop.dev.wingtip.com"

# Sensitive, set in the environment (this environment's values):
#   export TF_VAR_api_cert_pfx_password=…   # secret input apiCertPfxPassword
