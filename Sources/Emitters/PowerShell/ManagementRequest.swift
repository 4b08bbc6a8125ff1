import DSL

/// Create-or-update through the management REST API (`Invoke-AzRestMethod`) for what the
/// Az.ApiManagement cmdlets cannot express: policy fragments, loggers that authenticate with
/// a connection-string named value or a managed identity, diagnostics with their verbosity,
/// and APIs without a service URL. `Invoke-AzRestMethod` does not throw on an HTTP error, so
/// the status is checked.
enum ManagementRequest {
    /// The API Management REST API version, the one the ARM and Bicep formats use.
    static let apiVersion = "2024-05-01"

    /// `PUT <service id>/<path>` with `{ properties = … }` as JSON, when approved.
    static func put(_ what: String, target: PSExpression, path: String, properties: [PSHashEntry]) -> [PSStatement] {
        [ScriptIdioms.whenApproved(target, "Create or update \(what)", send(what, path: path, properties: properties))]
    }

    /// The request and its status check, for callers that decide when to send it.
    static func send(_ what: String, path: String, properties: [PSHashEntry]) -> [PSStatement] {
        let response = PSExpression.variable("response")
        return [
            .assign(response, .command(PSCommand("Invoke-AzRestMethod", [
                .named("Path", .expandable([.subexpression(serviceID), .text("/\(path)?api-version=\(apiVersion)")])),
                .named("Method", .bareword("PUT")),
                .named("Payload", .command(PSCommand("ConvertTo-Json", [
                    .named("InputObject", .hashtable([PSHashEntry("properties", .hashtable(properties))])),
                    .named("Depth", .int(8)),
                ]))),
            ]))),
            .if([PSConditional(.binary(.member(response, "StatusCode"), "-ge", .int(400)), [
                .throw(.expandable([.text("Could not create or update \(what): "), .subexpression(.member(response, "Content"))])),
            ])], else: nil),
        ]
    }

    /// The service's resource id, read from the object the API Management step made.
    static let serviceID: PSExpression = .member(.variable("apiManagement"), "Id")

    /// `"<service id>/<path>"`: a full resource id inside the service.
    static func resourceID(_ path: String) -> PSExpression {
        .expandable([.subexpression(serviceID), .text("/\(path)")])
    }
}
