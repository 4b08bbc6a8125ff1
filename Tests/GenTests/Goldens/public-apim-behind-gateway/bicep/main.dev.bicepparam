using 'main.bicep'

param location = 'northeurope'

param apiManagementSku = 'Developer'

param apiManagementName = 'apim-tailspin-edge-dev'

param apiManagementGatewayDefaultHostName = 'apim-tailspin-edge-dev.azure-api.net'

param pipTailspinEdgeDomainNameLabel = 'tailspin-api-edge-dev'

param applicationGatewayMinCapacity = 0

param applicationGatewayMaxCapacity = 2

param wafMode = 'Detection'

param apiManagementGatewayHostName = 'api.dev.tailspin.com'

param apiManagementUnits = 1

param gatewayCertPfxPassword = readEnvironmentVariable('GATEWAY_CERT_PFX_PASSWORD')

param apiTailspinComPfxData = readEnvironmentVariable('API_DEV_TAILSPIN_COM_PFX_DATA')
