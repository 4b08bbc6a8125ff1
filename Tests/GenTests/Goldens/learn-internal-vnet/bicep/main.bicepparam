using 'main.bicep'

param location = 'westus'

param gatewayCertPfxPassword = readEnvironmentVariable('GATEWAY_CERT_PFX_PASSWORD')

param portalCertPfxPassword = readEnvironmentVariable('PORTAL_CERT_PFX_PASSWORD')

param managementCertPfxPassword = readEnvironmentVariable('MANAGEMENT_CERT_PFX_PASSWORD')

param gatewayPfxData = readEnvironmentVariable('GATEWAY_PFX_DATA')

param portalPfxData = readEnvironmentVariable('PORTAL_PFX_DATA')

param managementPfxData = readEnvironmentVariable('MANAGEMENT_PFX_DATA')

param trustedrootCerData = readEnvironmentVariable('TRUSTEDROOT_CER_DATA')
