/// A logger API Management writes to: Application Insights, Azure Monitor (the deployment's
/// Log Analytics workspace through diagnostic settings) or an Event Hub (`log-to-eventhub`).
public struct APILogger: Codable, Hashable, Sendable {
    public var name: String
    public var destination: Destination
    public var description: String?
    public var location: SourceLocation

    /// Where the logger sends records.
    public enum Destination: Codable, Hashable, Sendable {
        /// An Application Insights component; the connection string comes from a named value.
        case applicationInsights(component: String, connectionString: PolicyValue)
        /// Azure Monitor resource logs, collected into Log Analytics.
        case azureMonitor
        /// An Event Hub, reached with a managed identity (nil: the system-assigned one).
        case eventHub(namespace: String, eventHub: String, identity: String?)
    }

    package init(name: String, destination: Destination, description: String? = nil, location: SourceLocation) {
        self.name = name
        self.destination = destination
        self.description = description
        self.location = location
    }
}
