/// A named setting of the delivery plan, defined once for the whole run or per environment,
/// and the names the steps read settings under.
struct DeliveryVariable: Hashable, Sendable {
    var name: String
    var value: DeliveryValue

    init(_ name: String, _ value: DeliveryValue) {
        self.name = name
        self.value = value
    }

    static let outputRoot = "outputRoot"
    static let manifestPath = "manifestPath"
    static let genPackagePath = "genPackagePath"
    static let swiftVersion = "swiftVersion"
    static let resourceGroup = "resourceGroup"
    static let location = "location"
    static let applicationGatewayName = "applicationGatewayName"
    static let apiManagementName = "apiManagementName"
    static let terraformVersion = "terraformVersion"
    static let terraformDirectory = "terraformDirectory"
    static let stateResourceGroup = "terraformStateResourceGroup"
    static let stateStorageAccount = "terraformStateStorageAccount"
    static let stateContainer = "terraformStateContainer"
    static let stateKey = "terraformStateKey"

    /// An absolute path under gen's output root in the checkout (`/terraform`): tools do not
    /// all resolve relative paths the same way.
    static func outputPath(_ subpath: String) -> DeliveryValue {
        .location(.checkout) + "/" + .variable(outputRoot) + subpath
    }
}
