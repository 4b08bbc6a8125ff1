using 'main.bicep'

param location = 'eastus2'
