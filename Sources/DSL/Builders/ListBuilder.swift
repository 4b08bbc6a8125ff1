/// The one result builder of the DSL: collects the elements of a block (with `if`, `else`
/// and `for` allowed) into an array. `Element` is a concrete model type or a component
/// protocol such as `any DeploymentComponent`. Each element's position in the block is its
/// call site: a declaration a helper function wrote elsewhere is recorded with it
/// (`CallSiteRecorder`), so diagnostics point at the call too.
@resultBuilder
///
/// ```swift
/// let production = true
/// Deployment("edge", resourceGroup: "rg-edge", region: .westEurope, production: production) {
///     for (name, value) in [("workload", "api-edge"), ("cost-center", "platform")] { Tag(name, value) }
///     if production { Tag("environment", "prod") } else { Tag("environment", "dev") }
/// }
/// ```
public enum ListBuilder<Element> {
    /// One element, at its position in the block: an element a helper declared on another line
    /// is recorded with this call site, so its diagnostics also point here.
    ///
    /// ```swift
    /// func workloadTag() -> Tag { Tag("workload", "api-edge") }
    /// Deployment("edge", resourceGroup: "rg-edge", region: .westEurope) { workloadTag() }
    /// ```
    public static func buildExpression(_ element: Element, file: String = #filePath, line: Int = #line, column: Int = #column) -> [Element] {
        CallSiteRecorder.record(element, arrivingAt: .here(file, line, column))
        return [element]
    }

    /// Several elements a helper returns at once, each recorded at this position.
    ///
    /// ```swift
    /// func platformTags() -> [any DeploymentComponent] { [Tag("workload", "api-edge"), Tag("cost-center", "platform")] }
    /// Deployment("edge", resourceGroup: "rg-edge", region: .westEurope) { platformTags() }
    /// ```
    public static func buildExpression(_ elements: [Element], file: String = #filePath, line: Int = #line, column: Int = #column) -> [Element] {
        for element in elements { CallSiteRecorder.record(element, arrivingAt: .here(file, line, column)) }
        return elements
    }
    /// The block's elements in the order written.
    ///
    /// ```swift
    /// VirtualNetwork("vnet-tailspin-edge", addressSpace: "10.40.0.0/16") {
    ///     Subnet("snet-appgw", "10.40.0.0/24", role: .applicationGateway)
    ///     Subnet("snet-apim", "10.40.1.0/24", role: .apiManagement)
    /// }
    /// ```
    public static func buildBlock(_ parts: [Element]...) -> [Element] { parts.flatMap { $0 } }
    /// An `if` without `else`: its elements when the condition holds, none otherwise.
    ///
    /// ```swift
    /// let withPortal = false
    /// ApplicationGateway("agw-tailspin-edge", publicIP: "pip-tailspin-edge") {
    ///     Expose(.gateway)
    ///     if withPortal { Expose(.developerPortal) }
    /// }
    /// ```
    public static func buildOptional(_ part: [Element]?) -> [Element] { part ?? [] }
    /// The `if` branch of an `if … else`.
    ///
    /// ```swift
    /// let production = true
    /// Deployment("edge", resourceGroup: "rg-edge", region: .westEurope, production: production) {
    ///     if production { Tag("environment", "prod") } else { Tag("environment", "dev") }
    /// }
    /// ```
    public static func buildEither(first part: [Element]) -> [Element] { part }
    /// The `else` branch of an `if … else`.
    ///
    /// ```swift
    /// let strict = false
    /// WAFPolicy("waf-tailspin-edge") {
    ///     if strict { ManagedRuleSet(.defaultRuleSet2_1) } else { ManagedRuleSet(.owasp3_2) }
    /// }
    /// ```
    public static func buildEither(second part: [Element]) -> [Element] { part }
    /// A `for` loop: the elements of every iteration, in order.
    ///
    /// ```swift
    /// PrivateDNSZone("fabrikam.com") {
    ///     for (name, address) in [("catalog.internal", "10.41.0.10"), ("billing.internal", "10.41.0.11")] {
    ///         DNSRecord(name, addresses: [address])
    ///     }
    /// }
    /// ```
    public static func buildArray(_ parts: [[Element]]) -> [Element] { parts.flatMap { $0 } }
    /// An `if #available` branch: its elements unchanged.
    ///
    /// ```swift
    /// Deployment("edge", resourceGroup: "rg-edge", region: .westEurope) {
    ///     if #available(macOS 13, *) { Tag("built-on", "macos13") }
    /// }
    /// ```
    public static func buildLimitedAvailability(_ part: [Element]) -> [Element] { part }
}

extension SourceLocation {
    /// The location DSL initializers build from `#filePath`, `#line` and `#column`.
    ///
    /// ```swift
    /// let at = SourceLocation.here(#filePath, #line, #column)   // this line of the manifest
    /// ```
    @inlinable
    public static func here(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
