# Environment prod (production): the values that differ from the other environments.
# terraform init -reconfigure -backend-config=environments/prod.backend.hcl
# terraform plan -var-file=environments/prod.tfvars

resource_group_name                  = "rg-wingtip-api"
api_management_name                  = "apim-wingtip-zt"
gateway_default_host_name            = "apim-wingtip-zt.azure-api.net"
api_management_private_endpoint_name = "pe-apim-wingtip-zt"
api_management_sku                   = "Premium"
api_management_units                 = 2
api_management_zones                 = [1, 2]
application_gateway_min_capacity     = 2
application_gateway_max_capacity     = 10
application_gateway_zones            = [1, 2, 3]
waf_mode                             = "Prevention"
gateway_host_name                    = "api.wingtip.com"
gateway_certificate_path             = "../../certificates/api-wingtip-com.pfx"
named_value_orders_backend_url       = "https://orders.wingtip.com/api"
named_value_cors_origin              = "https://shop.wingtip.com"

# Sensitive, set in the environment (this environment's values):
#   export TF_VAR_api_cert_pfx_password=…   # secret input apiCertPfxPassword
