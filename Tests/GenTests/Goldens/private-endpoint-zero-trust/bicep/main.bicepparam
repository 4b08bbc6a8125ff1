using 'main.bicep'

param location = 'westeurope'

param apiCertPfxPassword = readEnvironmentVariable('API_CERT_PFX_PASSWORD')

param apiWingtipComPfxData = readEnvironmentVariable('API_WINGTIP_COM_PFX_DATA')
