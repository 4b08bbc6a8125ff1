using 'main.bicep'

param location = 'northeurope'

param gatewayCertPfxPassword = readEnvironmentVariable('GATEWAY_CERT_PFX_PASSWORD')

param apiTailspinComPfxData = readEnvironmentVariable('API_TAILSPIN_COM_PFX_DATA')
