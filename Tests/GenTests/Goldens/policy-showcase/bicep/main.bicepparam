using 'main.bicep'

param location = 'northeurope'
