using 'main.bicep'

param location = 'westeurope'

param apiManagementSku = 'Developer'

param apiManagementName = 'apim-wingtip-zt-dev'

param apiManagementGatewayDefaultHostName = 'apim-wingtip-zt-dev.azure-api.net'

param apiManagementPrivateEndpointName = 'pe-apim-wingtip-zt-dev'

param apiManagementUnits = 1

param apiManagementZones = []

param applicationGatewayMinCapacity = 0

param applicationGatewayMaxCapacity = 2

param applicationGatewayZones = []

param wafMode = 'Detection'

param apiManagementGatewayHostName = 'api.dev.wingtip.com'

param ordersBackendUrlNamedValue = 'https://orders.dev.wingtip.com/api'

param corsOriginNamedValue = 'https://shop.dev.wingtip.com'

param apiCertPfxPassword = readEnvironmentVariable('API_CERT_PFX_PASSWORD')

param apiWingtipComPfxData = readEnvironmentVariable('API_DEV_WINGTIP_COM_PFX_DATA')
