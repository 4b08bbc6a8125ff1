import DSL

/// The API version of every resource type the templates declare, one table for ARM and Bicep.
/// Each type+version pair exists in the Azure/azure-resource-manager-schemas snapshot under
/// `shared/reference/arm-schemas/schemas/<version>/`.
public enum RMAPIVersion {
    /// Microsoft.Network: virtual networks, NSGs, route tables, public IPs, gateways, WAF
    /// policies, private endpoints.
    public static let network = "2025-07-01"
    public static let privateDNS = "2024-06-01"
    public static let apiManagement = "2024-05-01"
    /// The API Management service when a tier is Premium v2: 2024-05-01's tier enum stops at
    /// StandardV2, and Learn creates Premium v2 services with 2024-10-01-preview ("Enable
    /// availability zone support on Azure API Management instances"). Not in the schemas snapshot.
    public static let apiManagementPremiumV2 = "2024-10-01-preview"

    /// The service's version: the Premium v2 one only when some environment uses that tier.
    static func apiManagementService(_ resolved: ResolvedDeployment) -> String {
        let tiers = ([resolved] + resolved.environments.map(\.deployment)).compactMap { $0.apiManagement?.sku }
        return tiers.contains(.premiumV2) ? apiManagementPremiumV2 : apiManagement
    }

    /// The tiers the service's API version knows.
    static func apiManagementTiers(_ resolved: ResolvedDeployment) -> [APIManagement.SKU] {
        let accepted = resolved.apiManagement?.acceptedSKUs ?? []
        return apiManagementService(resolved) == apiManagementPremiumV2 ? accepted : accepted.filter { $0 != .premiumV2 }
    }
    public static let keyVault = "2026-02-01"
    /// Event Hub namespaces the deployment only refers to (role scopes).
    public static let eventHub = "2024-01-01"
    public static let managedIdentity = "2024-11-30"
    public static let logAnalytics = "2025-07-01"
    /// The only (and newest) version of roleAssignments in the schemas.
    public static let roleAssignments = "2022-04-01"
    /// Newest in the schemas; 2016-09-01 only accepts the legacy name `service`.
    public static let diagnosticSettings = "2021-05-01-preview"
}
