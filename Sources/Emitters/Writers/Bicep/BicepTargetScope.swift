/// The value of `targetScope = '...'`.
public enum BicepTargetScope: String, Hashable, Sendable {
    case resourceGroup
    case subscription
    case managementGroup
    case tenant
}
