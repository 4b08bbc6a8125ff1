# Environment test: the values that differ from the other environments.
# terraform init -reconfigure -backend-config=environments/test.backend.hcl
# terraform plan -var-file=environments/test.tfvars

resource_group_name                 = "rg-tailspin-api-edge-test"
api_management_name                 = "apim-tailspin-edge-test"
gateway_default_host_name           = "apim-tailspin-edge-test.azure-api.net"
pip_tailspin_edge_domain_name_label = "tailspin-api-edge-test"
api_management_sku                  = "Standard"
application_gateway_min_capacity    = 1
application_gateway_max_capacity    = 3
waf_mode                            = "Prevention"
gateway_host_name                   = "api.test.tailspin.com"
gateway_certificate_path            = "../../certificates/api-test-tailspin-com.pfx"
api_management_units                = 1

# Sensitive, set in the environment (this environment's values):
#   export TF_VAR_gateway_cert_pfx_password=…   # secret input gatewayCertPfxPassword
