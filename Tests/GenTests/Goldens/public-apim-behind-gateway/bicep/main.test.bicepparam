using 'main.bicep'

param location = 'northeurope'

param apiManagementSku = 'Standard'

param applicationGatewayMinCapacity = 1

param applicationGatewayMaxCapacity = 3

param wafMode = 'Prevention'

param apiManagementUnits = 1

param gatewayCertPfxPassword = readEnvironmentVariable('GATEWAY_CERT_PFX_PASSWORD')

param apiTailspinComPfxData = readEnvironmentVariable('API_TAILSPIN_COM_PFX_DATA')
