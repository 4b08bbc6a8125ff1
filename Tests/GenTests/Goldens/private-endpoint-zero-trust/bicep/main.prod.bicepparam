using 'main.bicep'

param location = 'westeurope'

param apiManagementSku = 'Premium'

param apiManagementName = 'apim-wingtip-zt'

param apiManagementGatewayDefaultHostName = 'apim-wingtip-zt.azure-api.net'

param apiManagementPrivateEndpointName = 'pe-apim-wingtip-zt'

param apiManagementUnits = 2

param apiManagementZones = [
  '1'
  '2'
]

param applicationGatewayMinCapacity = 2

param applicationGatewayMaxCapacity = 10

param applicationGatewayZones = [
  '1'
  '2'
  '3'
]

param wafMode = 'Prevention'

param apiManagementGatewayHostName = 'api.wingtip.com'

param ordersBackendUrlNamedValue = 'https://orders.wingtip.com/api'

param corsOriginNamedValue = 'https://shop.wingtip.com'

param apiCertPfxPassword = readEnvironmentVariable('API_CERT_PFX_PASSWORD')

param apiWingtipComPfxData = readEnvironmentVariable('API_WINGTIP_COM_PFX_DATA')
