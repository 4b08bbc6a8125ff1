using 'main.bicep'

param location = 'northeurope'

param catalogV1Definition = readEnvironmentVariable('CATALOG_V1_DEFINITION')

param billingSoapDefinition = readEnvironmentVariable('BILLING_SOAP_DEFINITION')
