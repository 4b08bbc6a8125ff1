using 'main.bicep'

param location = 'northeurope'

param apiManagementSku = 'Developer'

param applicationGatewayMinCapacity = 0

param applicationGatewayMaxCapacity = 2

param wafMode = 'Detection'

param apiManagementUnits = 1

param gatewayCertPfxPassword = readEnvironmentVariable('GATEWAY_CERT_PFX_PASSWORD')

param apiTailspinComPfxData = readEnvironmentVariable('API_TAILSPIN_COM_PFX_DATA')
