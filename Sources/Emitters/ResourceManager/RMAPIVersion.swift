/// The API version of every resource type the templates declare, one table for ARM and Bicep.
/// Each type+version pair exists in the Azure/azure-resource-manager-schemas snapshot under
/// `shared/reference/arm-schemas/schemas/<version>/`.
public enum RMAPIVersion {
    /// Microsoft.Network: virtual networks, NSGs, route tables, public IPs, gateways, WAF
    /// policies, private endpoints.
    public static let network = "2025-07-01"
    public static let privateDNS = "2024-06-01"
    public static let apiManagement = "2024-05-01"
    public static let keyVault = "2026-02-01"
    public static let managedIdentity = "2024-11-30"
    public static let logAnalytics = "2025-07-01"
    /// The only (and newest) version of roleAssignments in the schemas.
    public static let roleAssignments = "2022-04-01"
    /// Newest in the schemas; 2016-09-01 only accepts the legacy name `service`.
    public static let diagnosticSettings = "2021-05-01-preview"
}
