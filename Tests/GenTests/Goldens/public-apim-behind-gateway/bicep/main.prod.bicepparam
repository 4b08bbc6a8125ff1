using 'main.bicep'

param location = 'northeurope'

param apiManagementSku = 'Standard'

param apiManagementName = 'apim-tailspin-edge'

param apiManagementGatewayDefaultHostName = 'apim-tailspin-edge.azure-api.net'

param pipTailspinEdgeDomainNameLabel = 'tailspin-api-edge'

param applicationGatewayMinCapacity = 2

param applicationGatewayMaxCapacity = 6

param wafMode = 'Prevention'

param apiManagementGatewayHostName = 'api.tailspin.com'

param apiManagementUnits = 2

param gatewayCertPfxPassword = readEnvironmentVariable('GATEWAY_CERT_PFX_PASSWORD')

param apiTailspinComPfxData = readEnvironmentVariable('API_TAILSPIN_COM_PFX_DATA')
