using 'main.bicep'

param location = 'northeurope'

param apiManagementSku = 'Standard'

param applicationGatewayMinCapacity = 2

param applicationGatewayMaxCapacity = 6

param wafMode = 'Prevention'

param apiManagementUnits = 2

param gatewayCertPfxPassword = readEnvironmentVariable('GATEWAY_CERT_PFX_PASSWORD')

param apiTailspinComPfxData = readEnvironmentVariable('API_TAILSPIN_COM_PFX_DATA')
