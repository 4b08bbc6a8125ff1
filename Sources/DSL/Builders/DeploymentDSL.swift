extension Deployment {
    /// Declares the deployment. A manifest declares exactly one:
    ///
    /// ```swift
    /// let deployment = Deployment("edge", resourceGroup: "apim-appGw-RG", region: "West US") {
    ///     VirtualNetwork("appgwvnet", addressSpace: "10.0.0.0/16") { … }
    ///     APIManagement("ContosoApi", sku: .developer, organization: "Contoso", adminEmail: "…") { … }
    ///     ApplicationGateway("apim-app-gw") { Expose(.gateway) }
    /// }
    /// ```
    @discardableResult
    public init(_ name: String, resourceGroup: String, region: AzureRegion, subscription: String? = nil, production: Bool = false,
                file: String = #filePath, line: Int = #line, column: Int = #column,
                @ListBuilder<any DeploymentComponent> _ content: () -> [any DeploymentComponent]) {
        self.init(name: name, subscription: subscription, resourceGroup: resourceGroup, region: region, production: production, location: .here(file, line, column))
        let mark = CallSiteRecorder.mark()
        for component in content() { component.apply(to: &self) }
        callSites = CallSiteRecorder.take(since: mark)
        ManifestRegistry.shared.register(self)
    }
}

extension Tag: DeploymentComponent {
    /// A tag applied to every resource of the deployment.
    /// Azure allows up to 50 tags per resource; `gen` writes them in declaration order.
    ///
    /// ```swift
    /// Tag("cost-center", "platform")
    /// ```
    public init(_ name: String, _ value: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        self.init(name, value, location: .here(file, line, column))
    }

    /// Adds the tag to the deployment.
    public func apply(to deployment: inout Deployment) { deployment.tags.append(self) }
}
