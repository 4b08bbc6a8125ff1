/// `trace`: adds a message to the request trace and Application Insights.
///
/// ```swift
/// Inbound { Trace(source: "correlation", severity: .information, message: "@(context.RequestId.ToString())") }
/// ```
public struct Trace: PolicyStatement {
    /// The `trace` element, located at this line.
    public let policyNode: PolicyNode

    /// The trace level.
    /// Application Insights receives only traces at or above its diagnostic's verbosity.
    ///
    /// ```swift
    /// Trace(source: "orders", severity: .error, message: "@(context.LastError.Message)")
    /// ```
    public enum Severity: String, Hashable, Sendable { case verbose, information, error }

    /// `metadata` becomes custom properties of the trace in Application Insights; without
    /// `severity` API Management uses verbose.
    ///
    /// ```swift
    /// Trace(source: "correlation", severity: .information, message: "@(context.RequestId.ToString())",
    ///       metadata: [(name: "api", value: "@(context.Api.Name)")])
    /// ```
    public init(source: PolicyValue, severity: Severity? = nil, message: PolicyValue, metadata: [(name: String, value: PolicyValue)] = [],
                file: String = #filePath, line: Int = #line, column: Int = #column) {
        let children = [part("message", children: [.text(message)])] + metadata.map { part("metadata", [("name", Optional($0.name).plainValue), ("value", $0.value)]) }
        policyNode = statement("trace", [("source", source), ("severity", severity?.policyValue)], children: children, file, line, column)
    }
}

/// `emit-metric`: sends a custom metric with dimensions to Application Insights.
///
/// ```swift
/// OnError { EmitMetric("apim-errors", namespace: "fabrikam", dimensions: [EmitMetric.Dimension("API ID"), EmitMetric.Dimension("Operation ID")]) }
/// ```
public struct EmitMetric: PolicyStatement {
    /// The `emit-metric` element, located at this line.
    public let policyNode: PolicyNode

    /// A dimension of the metric; a value left out uses the built-in value for `name`.
    ///
    /// ```swift
    /// EmitMetric.Dimension("API ID")
    /// EmitMetric.Dimension("tier", value: "@(context.Product.Name)")
    /// ```
    public struct Dimension: Hashable, Sendable {
        /// The dimension's name: a built-in one (`API ID`, `Operation ID`, `Client IP`, …) or your
        /// own.
        public var name: String
        /// The dimension's value; nil takes the built-in value, so a custom name needs one.
        public var value: PolicyValue?

        ///
        /// ```swift
        /// EmitMetric.Dimension("Client IP")
        /// ```
        public init(_ name: String, value: PolicyValue? = nil) {
            self.name = name
            self.value = value
        }
    }

    /// Application Insights receives it through an `APIDiagnostic` on an `.applicationInsights`
    /// logger. `value` (1 without one) is added to the metric per request; `namespace` defaults
    /// to API Management's.
    ///
    /// ```swift
    /// EmitMetric("apim-errors", namespace: "fabrikam", dimensions: [EmitMetric.Dimension("API ID"), EmitMetric.Dimension("Operation ID")])
    /// ```
    public init(_ name: String, namespace: String? = nil, value: PolicyValue? = nil, dimensions: [Dimension], file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("emit-metric", [("name", Optional(name).plainValue), ("namespace", namespace.plainValue), ("value", value)],
                               children: dimensions.map { part("dimension", [("name", Optional($0.name).plainValue), ("value", $0.value)]) }, file, line, column)
    }
}

/// `log-to-eventhub`: sends a message to an Event Hub through a declared `APILogger`.
///
/// ```swift
/// OnError { LogToEventHub(loggerID: "audit-hub", message: "@(context.LastError.Reason)") }
/// ```
public struct LogToEventHub: PolicyStatement {
    /// The `log-to-eventhub` element, located at this line.
    public let policyNode: PolicyNode

    /// `loggerID` names an `APILogger` with an `.eventHub(…)` destination; API Management
    /// truncates a message above 200 KB.
    ///
    /// ```swift
    /// LogToEventHub(loggerID: "audit-hub", partitionKey: "@(context.Api.Name)",
    ///               message: "@(String.Join(\",\", context.RequestId, context.Api.Name, context.LastError.Reason))")
    /// ```
    public init(loggerID: String, partitionKey: PolicyValue? = nil, message: PolicyValue, file: String = #filePath, line: Int = #line, column: Int = #column) {
        policyNode = statement("log-to-eventhub", [("logger-id", Optional(loggerID).plainValue), ("partition-key", partitionKey)], children: [.text(message)], file, line, column)
    }
}
