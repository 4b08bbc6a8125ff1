using 'main.bicep'

param location = 'westeurope'

param apiManagementSku = 'Developer'

param apiManagementUnits = 1

param apiManagementZones = []

param applicationGatewayMinCapacity = 0

param applicationGatewayMaxCapacity = 2

param applicationGatewayZones = []

param wafMode = 'Detection'

param apiManagementGatewayHostName = 'api.dev.wingtip.com'

param apiManagementGatewayCertificateSecretId = 'https://kv-wingtip-api.vault.azure.net/secrets/api-dev-wingtip-com'

param ordersBackendUrlNamedValue = 'https://orders.dev.wingtip.com/api'

param corsOriginNamedValue = 'https://shop.dev.wingtip.com'
