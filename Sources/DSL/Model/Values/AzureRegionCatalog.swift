/// The regions Azure Resource Manager accepts as `location`, by programmatic name: the public
/// cloud's physical regions (`az account list-locations --query "[?metadata.regionType=='Physical']"`),
/// Azure Government and Azure operated by 21Vianet. A name outside it is either a typo, which
/// validation reports with the closest region, or a region newer than this table.
extension AzureRegion {
    public static let known: Set<String> = [
        // Americas
        "eastus", "eastus2", "centralus", "northcentralus", "southcentralus", "westcentralus", "westus", "westus2", "westus3",
        "canadacentral", "canadaeast", "brazilsouth", "brazilsoutheast", "mexicocentral", "chilecentral",
        // Europe
        "northeurope", "westeurope", "uksouth", "ukwest", "francecentral", "francesouth", "germanywestcentral", "germanynorth",
        "switzerlandnorth", "switzerlandwest", "norwayeast", "norwaywest", "swedencentral", "swedensouth", "polandcentral",
        "italynorth", "spaincentral", "austriaeast", "belgiumcentral", "denmarkeast",
        // Middle East and Africa
        "uaenorth", "uaecentral", "qatarcentral", "israelcentral", "southafricanorth", "southafricawest",
        // Asia Pacific
        "eastasia", "southeastasia", "japaneast", "japanwest", "koreacentral", "koreasouth", "centralindia", "southindia",
        "westindia", "jioindiawest", "jioindiacentral", "australiaeast", "australiasoutheast", "australiacentral",
        "australiacentral2", "newzealandnorth", "indonesiacentral", "malaysiawest",
        // Azure Government
        "usgovvirginia", "usgovarizona", "usgovtexas", "usdodcentral", "usdodeast",
        // Azure operated by 21Vianet
        "chinaeast", "chinaeast2", "chinaeast3", "chinanorth", "chinanorth2", "chinanorth3",
    ]

    /// Whether Azure knows the region.
    public var isKnown: Bool { Self.known.contains(name) }

    /// The known region closest to this name (at most two edits away), for "did you mean".
    public var closestKnown: AzureRegion? {
        let candidates = Self.known.map { ($0, Self.editDistance(name, $0)) }.filter { $0.1 <= 2 }
        return candidates.min { ($0.1, $0.0) < ($1.1, $1.0) }.map { AzureRegion($0.0) }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
