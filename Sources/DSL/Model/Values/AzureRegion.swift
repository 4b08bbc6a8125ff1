/// An Azure region, written as its programmatic name (`westus`). The display names the Az
/// PowerShell walkthrough uses ("West US") are accepted and normalized.
public struct AzureRegion: Codable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The programmatic name: lowercase, no spaces (`westus`, `westeurope`).
    public var name: String

    public init(_ name: String) {
        self.name = String(name.lowercased().filter { !$0.isWhitespace })
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { name }

    public static let westUS: AzureRegion = "westus"
    public static let westUS2: AzureRegion = "westus2"
    public static let westUS3: AzureRegion = "westus3"
    public static let eastUS: AzureRegion = "eastus"
    public static let eastUS2: AzureRegion = "eastus2"
    public static let centralUS: AzureRegion = "centralus"
    public static let northEurope: AzureRegion = "northeurope"
    public static let westEurope: AzureRegion = "westeurope"
    public static let swedenCentral: AzureRegion = "swedencentral"
    public static let germanyWestCentral: AzureRegion = "germanywestcentral"
    public static let ukSouth: AzureRegion = "uksouth"
    public static let francecentral: AzureRegion = "francecentral"
    public static let australiaEast: AzureRegion = "australiaeast"
    public static let southeastAsia: AzureRegion = "southeastasia"
    public static let japanEast: AzureRegion = "japaneast"
}
