using 'main.bicep'

param location = 'northeurope'

param apiManagementSku = 'Standard'

param apiManagementName = 'apim-tailspin-edge-test'

param apiManagementGatewayDefaultHostName = 'apim-tailspin-edge-test.azure-api.net'

param pipTailspinEdgeDomainNameLabel = 'tailspin-api-edge-test'

param applicationGatewayMinCapacity = 1

param applicationGatewayMaxCapacity = 3

param wafMode = 'Prevention'

param apiManagementGatewayHostName = 'api.test.tailspin.com'

param apiManagementUnits = 1

param gatewayCertPfxPassword = readEnvironmentVariable('GATEWAY_CERT_PFX_PASSWORD')

param apiTailspinComPfxData = readEnvironmentVariable('API_TEST_TAILSPIN_COM_PFX_DATA')
