/// `trace`: adds a message to the request trace and Application Insights.
public struct Trace: PolicyStatement {
    public let policyNode: PolicyNode

    /// The trace level.
    public enum Severity: String, Hashable, Sendable { case verbose, information, error }

    public init(source: PolicyValue, severity: Severity? = nil, message: PolicyValue, metadata: [(name: String, value: PolicyValue)] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        let children = [part("message", children: [.text(message)])] + metadata.map { part("metadata", [("name", Optional($0.name).plainValue), ("value", $0.value)]) }
        policyNode = statement("trace", [("source", source), ("severity", severity?.policyValue)], children: children, file, line, column)
    }
}

/// `emit-metric`: sends a custom metric with dimensions to Application Insights.
public struct EmitMetric: PolicyStatement {
    public let policyNode: PolicyNode

    /// A dimension of the metric; a value left out uses the built-in value for `name`.
    public struct Dimension: Hashable, Sendable {
        public var name: String
        public var value: PolicyValue?

        public init(_ name: String, value: PolicyValue? = nil) {
            self.name = name
            self.value = value
        }
    }

    public init(_ name: String, namespace: String? = nil, value: PolicyValue? = nil, dimensions: [Dimension], file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("emit-metric", [("name", Optional(name).plainValue), ("namespace", namespace.plainValue), ("value", value)],
                               children: dimensions.map { part("dimension", [("name", Optional($0.name).plainValue), ("value", $0.value)]) }, file, line, column)
    }
}

/// `log-to-eventhub`: sends a message to an Event Hub through a declared `APILogger`.
public struct LogToEventHub: PolicyStatement {
    public let policyNode: PolicyNode

    public init(loggerID: String, partitionKey: PolicyValue? = nil, message: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("log-to-eventhub", [("logger-id", Optional(loggerID).plainValue), ("partition-key", partitionKey)], children: [.text(message)], file, line, column)
    }
}
